"use client";
// Pieces the status page's forms share. They are native controls in a plain <form>, so each form
// also works before (or without) JavaScript; errors come from the server action's state.
import { useState, type ReactNode } from "react";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { fieldDomId } from "@/components/forms/form-errors";
import { FieldError, FieldHint } from "@/components/ui/field-error";
import { describedControlProps } from "@/components/ui/field-ids";
import { RequiredMark } from "@/components/ui/label";
import type { CandidateActionState } from "@/lib/candidate-rights/schema";

export const fieldId = fieldDomId;

/** The first message for a field path, from the last refused submit. */
export function errorAt(state: CandidateActionState, path: string): string | undefined {
  return state?.fieldErrors?.[path]?.[0];
}

/** The summary at the top of a refused form; it takes focus after every refused submit. */
export function ActionErrorSummary({
  state,
  title = "Please check the form",
}: {
  state: CandidateActionState;
  title?: string;
}) {
  // Each refused submit returns a new state object: count them, so the summary takes focus again.
  const [seen, setSeen] = useState({ state: null as CandidateActionState, focusKey: 0 });
  if (seen.state !== state) setSeen({ state, focusKey: state ? seen.focusKey + 1 : seen.focusKey });
  if (!state) return null;
  const errors = Object.entries(state.fieldErrors ?? {}).flatMap(([path, messages]) =>
    messages[0] ? [{ path, message: messages[0] }] : [],
  );
  return <FormErrorSummary title={title} errors={errors} message={state.message} focusKey={seen.focusKey} />;
}

type Option = { value: string; label: ReactNode };

/** Radio buttons or checkboxes (`multiple`) under a legend, with hint and error wired to the group. */
export function ChoiceFieldset({
  name,
  legend,
  options,
  defaultValue,
  hint,
  error,
  required,
  multiple,
}: {
  name: string;
  legend: ReactNode;
  options: Option[];
  defaultValue?: string | string[];
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  multiple?: boolean;
}) {
  const id = fieldId(name);
  const chosen = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  // aria-required is not allowed on a group: the legend says it in words instead.
  const { "aria-describedby": describedBy, "aria-invalid": invalid } = describedControlProps({ id, hint, error });
  return (
    <fieldset id={id} tabIndex={-1} className="min-w-0 space-y-3" aria-describedby={describedBy} aria-invalid={invalid}>
      <legend className="text-base font-semibold text-ink">
        {legend}
        {required ? (
          <>
            <RequiredMark />
            <span className="sr-only"> (required)</span>
          </>
        ) : (
          <span className="font-normal text-ink-muted"> (optional)</span>
        )}
      </legend>
      {hint && <FieldHint controlId={id}>{hint}</FieldHint>}
      <div className="space-y-2">
        {options.map((option, index) => (
          <div key={option.value} className="flex items-start gap-3">
            <input
              id={`${id}-${index}`}
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={option.value}
              defaultChecked={chosen.has(option.value)}
              className="mt-0.5 size-5 shrink-0 accent-brand"
            />
            <label htmlFor={`${id}-${index}`} className="text-ink">
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {error && <FieldError controlId={id}>{error}</FieldError>}
    </fieldset>
  );
}

/** One "I understand…" checkbox that must be ticked to confirm an action that cannot be undone. */
export function ConfirmCheckbox({ label, error }: { label: ReactNode; error?: string }) {
  const id = fieldId("confirm");
  return (
    <div className="space-y-1.5">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name="confirm"
          value="yes"
          required
          className="mt-0.5 size-5 shrink-0 accent-brand"
          {...describedControlProps({ id, error, required: true })}
        />
        <label htmlFor={id} className="text-ink">
          {label}
          <RequiredMark />
        </label>
      </div>
      {error && (
        <div className="pl-8">
          <FieldError controlId={id}>{error}</FieldError>
        </div>
      )}
    </div>
  );
}
