import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { CheckableField, type CheckableFieldProps } from "./checkbox";
import { describedControlProps } from "./field-ids";
import { Fieldset } from "./fieldset";
import { Label } from "./label";

// Native radios and checkboxes, for forms that must work before (or without) JavaScript and for
// the public apply form, which keeps its script small (docs/decisions/0030-one-form-kit.md). They
// take a react-hook-form registration or a plain `name` alike. Staff forms use the Radix ones.

type NativeInputProps = Omit<ComponentProps<"input">, "id" | "type">;

const choiceStyles = "mt-0.5 size-5 shrink-0 accent-brand";

export type NativeCheckboxFieldProps = Omit<CheckableFieldProps, "children"> & NativeInputProps;

/** One native checkbox with its label beside it, hint and error wired like <Field>. */
export function NativeCheckboxField({
  id,
  label,
  hint,
  error,
  required,
  className,
  ...input
}: NativeCheckboxFieldProps) {
  return (
    <CheckableField id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        id={id}
        type="checkbox"
        // Native too: a plain form post is then refused by the browser before it is sent.
        required={required}
        {...describedControlProps({ id, hint, error, required })}
        {...input}
        className={choiceStyles}
      />
    </CheckableField>
  );
}

export type ChoiceOption = { value: string; label: ReactNode };

export type ChoiceFieldsetProps = {
  /** The fieldset's id (an error summary links to it); option n gets `${id}-${n}`. */
  id: string;
  legend: ReactNode;
  options: ChoiceOption[];
  /** Checkboxes instead of radio buttons. */
  multiple?: boolean;
  description?: ReactNode;
  error?: string;
  required?: boolean;
  /** The word a screen reader hears after the legend of a required group, in the page's language. */
  requiredLabel?: string;
  markOptional?: boolean;
  /** Given to every option's input: a react-hook-form registration, or `name` for a plain post. */
  inputProps: NativeInputProps;
  /** The options checked at first, for a form without react-hook-form. */
  defaultValue?: string | string[];
  className?: string;
  /** Shown after the options, e.g. the date an "at a later day" choice asks for. */
  children?: ReactNode;
};

/** Radio buttons or checkboxes under a legend, with description and error wired to the group. */
export function ChoiceFieldset({
  id,
  legend,
  options,
  multiple,
  description,
  error,
  required,
  requiredLabel = "required",
  markOptional,
  inputProps,
  defaultValue,
  className,
  children,
}: ChoiceFieldsetProps) {
  const chosen = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  return (
    <Fieldset
      id={id}
      // aria-required is not allowed on a group: the legend says it in words instead.
      legend={
        <>
          {legend}
          {required && <span className="sr-only"> ({requiredLabel})</span>}
        </>
      }
      description={description}
      error={error}
      required={required}
      markOptional={markOptional}
      // The error summary's link moves focus here.
      tabIndex={-1}
      aria-invalid={error ? true : undefined}
      className={className}
    >
      <div className="space-y-2">
        {options.map((option, index) => (
          <div key={option.value} className="flex items-start gap-3">
            <input
              {...inputProps}
              id={`${id}-${index}`}
              type={multiple ? "checkbox" : "radio"}
              value={option.value}
              {...(defaultValue !== undefined && { defaultChecked: chosen.has(option.value) })}
              className={cn(choiceStyles, inputProps.className)}
            />
            <Label htmlFor={`${id}-${index}`} className="font-normal">
              {option.label}
            </Label>
          </div>
        ))}
        {children}
      </div>
    </Fieldset>
  );
}
