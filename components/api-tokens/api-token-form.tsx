"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { createApiTokenAction } from "@/app/(hiring)/hiring/api-tokens/actions";
import { ChoiceGroupField, TextInputField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { API_SCOPE_LABELS, API_TOKEN_LIFETIME_LABELS } from "@/lib/api-tokens/labels";
import {
  API_TOKEN_LIFETIMES,
  createApiTokenSchema,
  type CreateApiTokenInput,
  type CreateApiTokenValues,
} from "@/lib/api-tokens/schema";
import { API_SCOPES } from "@/lib/auth/actor";

const SCOPE_OPTIONS = API_SCOPES.map((scope) => ({
  value: scope,
  label: (
    <>
      {API_SCOPE_LABELS[scope]} <code className="text-xs text-ink-muted">{scope}</code>
    </>
  ),
}));
const LIFETIME_OPTIONS = API_TOKEN_LIFETIMES.map((value) => ({ value, label: API_TOKEN_LIFETIME_LABELS[value] }));

type Created = { message: string; secret: string } | { message: string; secret?: undefined };

/** Creates a token; its secret is shown here once, after saving. */
export function ApiTokenForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Created | null>(null);
  const form = useForm<CreateApiTokenInput, unknown, CreateApiTokenValues>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: { name: "", scopes: [], expiresInDays: "365" },
  });

  const submit = form.handleSubmit((values) => {
    setResult(null);
    startTransition(async () => {
      const outcome = await createApiTokenAction(values);
      if (outcome.ok) {
        form.reset();
        setResult({ message: outcome.message, secret: outcome.secret });
        router.refresh();
        return;
      }
      for (const [path, messages] of Object.entries(outcome.fieldErrors ?? {}))
        form.setError(path as FieldPath<CreateApiTokenInput>, { message: messages[0] }, { shouldFocus: true });
      setResult({ message: outcome.message });
    });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4" aria-labelledby="add-token">
        <h2 id="add-token" className="text-lg font-semibold text-ink">
          Create a token
        </h2>
        {result?.secret !== undefined ? (
          <Alert variant="success" title={result.message}>
            <code className="block break-all select-all">{result.secret}</code>
          </Alert>
        ) : (
          result && <Alert variant="danger">{result.message}</Alert>
        )}
        <TextInputField
          path="name"
          label="Name"
          hint="The system that uses it, e.g. Workday sync."
          autoComplete="off"
          required
        />
        <ChoiceGroupField
          path="scopes"
          label="Scopes"
          hint="Never eligibility answers, accommodation requests or self-identification, whatever you choose."
          options={SCOPE_OPTIONS}
          multiple
          required
        />
        <ChoiceGroupField path="expiresInDays" label="Expires" options={LIFETIME_OPTIONS} required />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
    </FormProvider>
  );
}
