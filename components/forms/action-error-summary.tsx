"use client";
import { useState } from "react";
import { FormErrorSummary } from "./form-error-summary";

/** What a refused server action returns to a plain <form> (one that works without JavaScript). */
export type RefusedActionState = { message: string; fieldErrors?: Record<string, string[]> } | null;

/** The first message for a field path, from the last refused submit. */
export function errorAt(state: RefusedActionState, path: string): string | undefined {
  return state?.fieldErrors?.[path]?.[0];
}

/** The summary at the top of a form posted to a server action; it takes focus after every refused submit. */
export function ActionErrorSummary({
  state,
  title = "Please check the form",
}: {
  state: RefusedActionState;
  title?: string;
}) {
  // Each refused submit returns a new state object: count them, so the summary takes focus again.
  const [seen, setSeen] = useState({ state: null as RefusedActionState, focusKey: 0 });
  if (seen.state !== state) setSeen({ state, focusKey: state ? seen.focusKey + 1 : seen.focusKey });
  if (!state) return null;
  const errors = Object.entries(state.fieldErrors ?? {}).flatMap(([path, messages]) =>
    messages[0] ? [{ path, message: messages[0] }] : [],
  );
  return <FormErrorSummary title={title} errors={errors} message={state.message} focusKey={seen.focusKey} />;
}
