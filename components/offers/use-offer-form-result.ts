"use client";
import { useState } from "react";
import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { flattenFormErrors, type SummaryError } from "@/components/forms/form-errors";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * What an offer form shows after its action: the success message, or the server's field errors
 * on their fields and in the error summary (which takes focus).
 */
export function useOfferFormResult<Values extends FieldValues>(setError: UseFormSetError<Values>) {
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const [done, setDone] = useState<string | null>(null);
  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));

  const handle = (result: ActionResult) => {
    if (result.ok) {
      setSummary((previous) => ({ errors: [], focusKey: previous.focusKey }));
      setDone(result.message);
      return true;
    }
    setDone(null);
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    for (const [path, messages] of fieldErrors)
      setError(path as FieldPath<Values>, { type: "server", message: messages[0] });
    showSummary(
      fieldErrors.map(([path, messages]) => ({ path, message: messages[0] ?? "Check this field" })),
      result.message,
    );
    return false;
  };
  const onInvalid = (errors: object) => showSummary(flattenFormErrors(errors));
  return { summary, done, handle, onInvalid };
}
