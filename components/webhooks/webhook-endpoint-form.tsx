"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { createWebhookEndpointAction } from "@/app/(hiring)/hiring/webhooks/actions";
import { ChoiceGroupField, TextInputField } from "@/components/forms/form-fields";
import { SecretOnceAlert, useSecretOnceSubmit } from "@/components/forms/secret-once-form";
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

/** Registers an endpoint; its signing secret is shown here once, after saving. */
export function WebhookEndpointForm() {
  const form = useForm<CreateWebhookEndpointInput>({
    resolver: zodResolver(createWebhookEndpointSchema),
    defaultValues: { url: "", description: "", events: [...WEBHOOK_EVENT_TYPES] },
  });

  const { pending, result, submit } = useSecretOnceSubmit(form, createWebhookEndpointAction);

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4" aria-labelledby="add-webhook">
        <h2 id="add-webhook" className="text-lg font-semibold text-ink">
          Add an endpoint
        </h2>
        <SecretOnceAlert result={result} label="Signing secret (Standard Webhooks):" />
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
