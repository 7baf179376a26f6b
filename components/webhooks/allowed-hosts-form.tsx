"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { allowWebhookHostAction, removeWebhookHostAction } from "@/app/(hiring)/hiring/webhooks/actions";
import { TextInputField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { allowedHostSchema, type AllowedHostInput } from "@/lib/webhooks/schema";
import { WebhookActionButton } from "./webhook-action-button";

/** Hosts that may receive webhooks although they resolve to internal addresses. */
export function AllowedHostsForm({ hosts }: { hosts: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const form = useForm<AllowedHostInput>({ resolver: zodResolver(allowedHostSchema), defaultValues: { host: "" } });
  const submit = form.handleSubmit((values) =>
    startTransition(async () => {
      const outcome = await allowWebhookHostAction(values);
      setResult(outcome);
      if (outcome.ok) {
        form.reset();
        router.refresh();
      } else if (outcome.fieldErrors?.host) form.setError("host", { message: outcome.fieldErrors.host[0] });
    }),
  );
  return (
    <section aria-labelledby="allowed-hosts" className="space-y-4">
      <h2 id="allowed-hosts" className="text-lg font-semibold text-ink">
        Internal hosts allowed
      </h2>
      <p className="text-sm text-ink-muted">
        Webhooks never go to loopback, private, link-local or other internal addresses, checked on every delivery. Allow
        a host here only when the receiver really is inside your network.
      </p>
      {hosts.length === 0 ? (
        <p className="text-sm">None.</p>
      ) : (
        <ul className="space-y-2">
          {hosts.map((host) => (
            <li key={host} className="flex items-center gap-3">
              <code>{host}</code>
              <WebhookActionButton
                label="Remove"
                pendingLabel="Removing…"
                variant="secondary"
                action={removeWebhookHostAction}
                input={{ host }}
                ariaLabel={`Remove ${host}`}
              />
            </li>
          ))}
        </ul>
      )}
      <FormProvider {...form}>
        <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-wrap items-end gap-3">
          <TextInputField path="host" label="Host" hint="A host name or IP address" autoComplete="off" required />
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Allowing…" : "Allow host"}
          </Button>
        </form>
      </FormProvider>
      {result && <Alert variant={result.ok ? "success" : "danger"}>{result.message}</Alert>}
    </section>
  );
}
