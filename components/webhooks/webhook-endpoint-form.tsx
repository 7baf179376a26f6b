"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { createWebhookEndpointAction } from "@/app/(hiring)/hiring/webhooks/actions";
import { ChoiceGroupField, TextInputField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { WEBHOOK_EVENT_LABELS } from "@/lib/webhooks/labels";
import { createWebhookEndpointSchema, type CreateWebhookEndpointInput } from "@/lib/webhooks/schema";

const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((type) => ({
  value: type,
  label: (
    <>
      {WEBHOOK_EVENT_LABELS[type]} <code className="text-xs text-ink-muted">{type}</code>
    </>
  ),
}));

type Created = { message: string; secret: string } | { message: string; secret?: undefined; ok: false };

/** Registers an endpoint; its signing secret is shown here once, after saving. */
export function WebhookEndpointForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Created | null>(null);
  const form = useForm<CreateWebhookEndpointInput>({
    resolver: zodResolver(createWebhookEndpointSchema),
    defaultValues: { url: "", description: "", events: [...WEBHOOK_EVENT_TYPES] },
  });

  const submit = form.handleSubmit((values) => {
    setResult(null);
    startTransition(async () => {
      const outcome = await createWebhookEndpointAction(values);
      if (outcome.ok) {
        form.reset();
        setResult({ message: outcome.message, secret: outcome.secret });
        router.refresh();
        return;
      }
      for (const [path, messages] of Object.entries(outcome.fieldErrors ?? {}))
        form.setError(path as FieldPath<CreateWebhookEndpointInput>, { message: messages[0] }, { shouldFocus: true });
      setResult({ ok: false, message: outcome.message });
    });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4" aria-labelledby="add-webhook">
        <h2 id="add-webhook" className="text-lg font-semibold text-ink">
          Add an endpoint
        </h2>
        {result?.secret !== undefined ? (
          <Alert variant="success" title={result.message}>
            <p>Signing secret (Standard Webhooks):</p>
            <code className="block break-all select-all">{result.secret}</code>
          </Alert>
        ) : (
          result && <Alert variant="danger">{result.message}</Alert>
        )}
        <TextInputField
          path="url"
          label="URL"
          hint="Where the HR system receives events, e.g. https://hr.example.com/webhooks/trellis."
          type="url"
          spellCheck={false}
          autoComplete="off"
          required
        />
        <TextInputField path="description" label="Description" markOptional autoComplete="off" />
        <ChoiceGroupField path="events" label="Events" options={EVENT_OPTIONS} multiple required />
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add endpoint"}
        </Button>
      </form>
    </FormProvider>
  );
}
