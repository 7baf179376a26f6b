"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { flattenFormErrors } from "@/components/forms/form-errors";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A react-hook-form form checked with the schema its server action parses; the action's field
 * errors land on the fields, its message in the summary (which takes focus on every failure).
 */
export function useActionForm<Values extends FieldValues, Output>(
  schema: z.ZodType<Output, Values>,
  defaultValues: DefaultValues<Values>,
  action: (values: Values) => Promise<ActionResult>,
  onDone: (message: string) => void,
) {
  const [failure, setFailure] = useState<string | undefined>();
  const [focusKey, setFocusKey] = useState(0);
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(schema as never), defaultValues });
  const submit = form.handleSubmit(
    async () => {
      setFailure(undefined);
      // The action parses the raw values with the same schema, so send them as typed.
      const result = await action(form.getValues());
      if (result.ok) return onDone(result.message);
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {}))
        if (messages[0]) form.setError(path as Path<Values>, { message: messages[0] });
      setFailure(result.message);
      setFocusKey((key) => key + 1);
    },
    () => setFocusKey((key) => key + 1),
  );
  return { form, submit, failure, focusKey, errors: flattenFormErrors(form.formState.errors) };
}
