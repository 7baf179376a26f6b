"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { TextareaField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  PUBLISHING_OVERRIDE_REASON_MAX,
  publishingOverrideSchema,
  type PublishingOverrideInput,
  type PublishingOverrideValues,
} from "@/lib/publishing/schema";

type Props = { publish: (values: PublishingOverrideValues) => Promise<ActionResult> };

/** Admins only: publish although items are missing, with a reason that is recorded and shown. */
export function PublishingOverrideForm({ publish }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PublishingOverrideValues, unknown, PublishingOverrideInput>({
    resolver: zodResolver(publishingOverrideSchema),
    defaultValues: { reason: "" },
  });
  const submit = form.handleSubmit((values) =>
    startTransition(async () => {
      const outcome = await publish(values);
      if (outcome.ok) {
        setFailure(null);
        router.refresh();
        return;
      }
      const message = outcome.fieldErrors?.reason?.[0];
      if (message) form.setError("reason", { message }, { shouldFocus: true });
      setFailure(outcome.message);
    }),
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-3" aria-label="Publish anyway">
        {failure && <Alert variant="danger">{failure}</Alert>}
        <TextareaField
          path="reason"
          label="Publish anyway: why (recorded, audited and shown on the job)"
          required
          rows={3}
          maxLength={PUBLISHING_OVERRIDE_REASON_MAX}
        />
        <Button type="submit" variant="danger" disabled={pending}>
          Publish anyway
        </Button>
      </form>
    </FormProvider>
  );
}
