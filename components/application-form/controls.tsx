"use client";
import { get, useFormContext } from "react-hook-form";
import type { ReactNode } from "react";
import { fieldId } from "./field-id";

// Form controls bound to react-hook-form by path; each wires its label, hint and error message
// to the control (aria-describedby / aria-invalid) so screen readers announce them.

const controlClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700 aria-[invalid=true]:border-red-700";

export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  return error?.message;
}

function describedBy(id: string, hint: ReactNode | undefined, error: string | undefined) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldMessage({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
      {children}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  type?: "text" | "email" | "tel" | "url" | "number";
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
  inputMode?: "numeric" | "decimal" | "text" | "url" | "email" | "tel";
};

export function TextField({
  name,
  label,
  hint,
  required,
  type = "text",
  autoComplete,
  multiline,
  maxLength,
  inputMode,
}: TextFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  const common = {
    id,
    ...register(name),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    "aria-required": required || undefined,
    className: controlClass,
    maxLength,
  };
  return (
    <div className="mb-5">
      <FieldLabel id={id} label={label} required={required} hint={hint} />
      {multiline ? (
        <textarea rows={6} {...common} />
      ) : (
        <input
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          step={type === "number" ? "any" : undefined}
          {...common}
        />
      )}
      <FieldMessage id={id} error={error} />
    </div>
  );
}

/** The label of a single control, its required/optional marker and its hint. */
export function FieldLabel({
  id,
  label,
  required,
  hint,
}: {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
}) {
  return (
    <>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required ? <RequiredMark /> : <span className="font-normal text-slate-700"> (optional)</span>}
      </label>
      <Hint id={id}>{hint}</Hint>
    </>
  );
}

export function RequiredMark() {
  return (
    <span className="text-red-800" aria-hidden="true">
      {" "}
      *
    </span>
  );
}

type Choice = { value: string; label: ReactNode };

type ChoiceGroupProps = {
  name: string;
  legend: ReactNode;
  options: Choice[];
  hint?: ReactNode;
  required?: boolean;
  multiple?: boolean;
};

/** Radio buttons (or checkboxes when `multiple`) in a fieldset with a legend. */
export function ChoiceGroup({ name, legend, options, hint, required, multiple }: ChoiceGroupProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <fieldset
      className="mb-6"
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="font-medium text-slate-900">
        {legend}
        {required ? <RequiredMark /> : <span className="font-normal text-slate-700"> (optional)</span>}
      </legend>
      <Hint id={id}>{hint}</Hint>
      <div className="mt-2 space-y-2">
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type={multiple ? "checkbox" : "radio"}
                value={option.value}
                className="mt-1 h-5 w-5 shrink-0 accent-blue-800"
                {...register(name)}
              />
              <label htmlFor={optionId} className="text-slate-900">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      <FieldMessage id={id} error={error} />
    </fieldset>
  );
}

export function CheckboxField({ name, label, hint }: { name: string; label: ReactNode; hint?: ReactNode }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="mb-5">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 h-5 w-5 shrink-0 accent-blue-800"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...register(name)}
        />
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
      </div>
      <Hint id={id}>{hint}</Hint>
      <FieldMessage id={id} error={error} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  required,
  hint,
}: {
  name: string;
  label: string;
  options: Choice[];
  required?: boolean;
  hint?: ReactNode;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="mb-5">
      <FieldLabel id={id} label={label} required={required} hint={hint} />
      <select
        id={id}
        className={controlClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...register(name)}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessage id={id} error={error} />
    </div>
  );
}
