"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { updateRetentionSettingAction } from "@/app/(hiring)/hiring/privacy/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import {
  MAX_RETENTION_MONTHS,
  RECORD_KEEPING_MONTHS,
  retentionSettingSchema,
  type RetentionSettingInput,
} from "@/lib/privacy/schema";
import type { ActionResult } from "@/lib/actions/action-result";

type Output = z.output<typeof retentionSettingSchema>;

/** How long inactive candidates are kept; 0 turns the retention job's erasures off. */
export function RetentionSettingForm({ retentionInactiveMonths }: { retentionInactiveMonths: number }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<RetentionSettingInput, unknown, Output>({
    resolver: zodResolver(retentionSettingSchema),
    defaultValues: { retentionInactiveMonths },
    mode: "onTouched",
  });
  const months = Number(useWatch({ control: form.control, name: "retentionInactiveMonths" }));
  const submit = form.handleSubmit((values) => {
    setResult(null);
    startTransition(async () => {
      const outcome = await updateRetentionSettingAction(values);
      const message = outcome.ok ? undefined : outcome.fieldErrors?.retentionInactiveMonths?.[0];
      if (message) form.setError("retentionInactiveMonths", { message }, { shouldFocus: true });
      setResult(outcome);
    });
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <Field
        id="retention-months"
        label="Erase candidates inactive for (months)"
        hint={`Counted from the last activity on any of their applications. 0 turns automatic erasure off. At most ${MAX_RETENTION_MONTHS}.`}
        error={form.formState.errors.retentionInactiveMonths?.message}
        required
      >
        <Input
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_RETENTION_MONTHS}
          step={1}
          className="max-w-40"
          {...form.register("retentionInactiveMonths")}
        />
      </Field>
      {months > 0 && months < RECORD_KEEPING_MONTHS && (
        <Alert variant="warning" live="polite">
          US federal contractors must keep applications, resumes and accommodation requests for at least{" "}
          {RECORD_KEEPING_MONTHS} months. Check with counsel before keeping them for less.
        </Alert>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save retention period"}
      </Button>
      <div aria-live="polite">
        {result && (
          <Alert variant={result.ok ? "success" : "danger"} live="off">
            {result.message}
          </Alert>
        )}
      </div>
    </form>
  );
}
