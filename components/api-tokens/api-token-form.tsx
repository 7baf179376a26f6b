"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { createApiTokenAction } from "@/app/(hiring)/hiring/api-tokens/actions";
import { ChoiceGroupField, TextInputField } from "@/components/forms/form-fields";
import { SecretOnceAlert, useSecretOnceSubmit } from "@/components/forms/secret-once-form";
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

/** Creates a token; its secret is shown here once, after saving. */
export function ApiTokenForm() {
  const form = useForm<CreateApiTokenInput, unknown, CreateApiTokenValues>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: { name: "", scopes: [], expiresInDays: "365" },
  });

  const { pending, result, submit } = useSecretOnceSubmit(form, createApiTokenAction);

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4" aria-labelledby="add-token">
        <h2 id="add-token" className="text-lg font-semibold text-ink">
          Create a token
        </h2>
        <SecretOnceAlert result={result} />
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
