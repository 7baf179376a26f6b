"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A one-purpose form on the request page: validated with the shared schema as the person types,
 * sent to its server action, server field errors shown on the fields, the outcome announced.
 */
export function useAccommodationForm<Values extends FieldValues>(
  schema: z.ZodType<Values, Values>,
  defaultValues: DefaultValues<Values>,
  action: (values: Values) => Promise<ActionResult>,
  { resetOnSuccess = false } = {},
) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues, mode: "onTouched" });
  const submit = form.handleSubmit((values) => {
    setResult(null);
    startTransition(async () => {
      const outcome = await action(values);
      if (outcome.ok && resetOnSuccess) form.reset(defaultValues);
      if (!outcome.ok) {
        for (const [field, messages] of Object.entries(outcome.fieldErrors ?? {})) {
          if (messages[0]) form.setError(field as Path<Values>, { message: messages[0] }, { shouldFocus: true });
        }
      }
      setResult(outcome);
    });
  });
  return { form, submit, pending, result };
}
