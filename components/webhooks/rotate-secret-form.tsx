"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { rotateWebhookSecretAction } from "@/app/(hiring)/hiring/webhooks/actions";
import { SelectField } from "@/components/forms/form-fields";
import { SecretOnceAlert, useSecretOnceSubmit } from "@/components/forms/secret-once-form";
import { Button } from "@/components/ui/button";
import { SECRET_OVERLAP_LABELS } from "@/lib/webhooks/labels";
import { rotateWebhookSecretSchema, SECRET_OVERLAP_HOURS, type RotateWebhookSecretInput } from "@/lib/webhooks/schema";

/** Replaces the endpoint's signing secret; the new one is shown here once. */
export function RotateSecretForm({ endpointId }: { endpointId: string }) {
  const form = useForm<RotateWebhookSecretInput>({
    resolver: zodResolver(rotateWebhookSecretSchema),
    defaultValues: { endpointId, overlapHours: "24" },
  });
  const { pending, result, submit } = useSecretOnceSubmit(form, rotateWebhookSecretAction);
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4" aria-labelledby="rotate-secret">
        <h2 id="rotate-secret" className="text-lg font-semibold text-ink">
          Rotate the signing secret
        </h2>
        <SecretOnceAlert result={result} label="New signing secret (Standard Webhooks):" />
        <SelectField
          path="overlapHours"
          label="The old secret keeps signing for"
          hint="Until then each delivery carries two signatures, one per secret, and receivers accept either: switch the receiver to the new secret within this time."
          required
        >
          {SECRET_OVERLAP_HOURS.map((hours) => (
            <option key={hours} value={hours}>
              {SECRET_OVERLAP_LABELS[hours]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? "Rotating…" : "Rotate secret"}
        </Button>
      </form>
    </FormProvider>
  );
}
