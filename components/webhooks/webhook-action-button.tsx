"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";

type Props<Input> = {
  label: string;
  pendingLabel: string;
  action: (input: Input) => Promise<ActionResult>;
  input: Input;
  variant?: ButtonVariant;
  /** Names the row for screen readers, e.g. "Redeliver application.created". */
  ariaLabel?: string;
};

/** One webhook change that needs nothing but its row (enable, disable, redeliver, remove a host). */
export function WebhookActionButton<Input>({ label, pendingLabel, action, input, variant, ariaLabel }: Props<Input>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const run = () =>
    startTransition(async () => {
      const outcome = await action(input);
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  return (
    <div className="space-y-2">
      <Button size="sm" variant={variant} disabled={pending} onClick={run} aria-label={ariaLabel}>
        {pending ? pendingLabel : label}
      </Button>
      {result && !result.ok && (
        <Alert variant="danger" live="assertive">
          {result.message}
        </Alert>
      )}
    </div>
  );
}
