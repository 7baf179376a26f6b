"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/action-result";

/** What the form shows after saving: the secret (only on success) beside the message. */
export type SecretOnceResult = { message: string; secret?: string };

/**
 * Submits a form whose action creates something with a secret the server keeps only hashed:
 * the secret comes back once, stays on screen until the next submit, and the form is cleared.
 */
export function useSecretOnceSubmit<Input extends FieldValues, Values>(
  form: UseFormReturn<Input, unknown, Values>,
  action: (values: Values) => Promise<ActionResult<{ secret: string }>>,
) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<SecretOnceResult | null>(null);

  const submit = form.handleSubmit((values) => {
    setResult(null);
    startTransition(async () => {
      const outcome = await action(values);
      if (outcome.ok) {
        form.reset();
        setResult({ message: outcome.message, secret: outcome.secret });
        router.refresh();
        return;
      }
      for (const [path, messages] of Object.entries(outcome.fieldErrors ?? {}))
        form.setError(path as FieldPath<Input>, { message: messages[0] }, { shouldFocus: true });
      setResult({ message: outcome.message });
    });
  });

  return { pending, result, submit };
}

/** The secret to copy now (with what it is), or the failure message. */
export function SecretOnceAlert({ result, label }: { result: SecretOnceResult | null; label?: ReactNode }) {
  if (!result) return null;
  if (result.secret === undefined) return <Alert variant="danger">{result.message}</Alert>;
  return (
    <Alert variant="success" title={result.message}>
      {label && <p>{label}</p>}
      <code className="block break-all select-all">{result.secret}</code>
    </Alert>
  );
}
