"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import type { OfferStepInput } from "@/lib/offers/schema";

type Props = {
  label: string;
  pendingLabel: string;
  action: (input: OfferStepInput) => Promise<ActionResult>;
  step: OfferStepInput;
  variant?: ButtonVariant;
  /** Asked before a step that cannot be undone. */
  confirm?: string;
};

/** One step of the offer that needs nothing but the offer as shown (submit, release, withdraw). */
export function OfferStepButton({ label, pendingLabel, action, step, variant, confirm }: Props) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const run = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => setResult(await action(step)));
  };
  return (
    <div className="space-y-2">
      <Button variant={variant} disabled={pending} onClick={run}>
        {pending ? pendingLabel : label}
      </Button>
      {result && (
        <Alert variant={result.ok ? "success" : "danger"} live={result.ok ? "polite" : "assertive"}>
          {result.message}
        </Alert>
      )}
    </div>
  );
}
