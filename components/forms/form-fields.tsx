"use client";
import type { ComponentProps, ReactNode } from "react";
import { useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ChoiceFieldset, NativeCheckboxField, type ChoiceOption } from "@/components/ui/native-choice";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { fieldDomId, messageAt } from "./form-errors";

// react-hook-form fields wired to <Field>: id from the path, error from the form state.

type Common = {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  markOptional?: boolean;
  className?: string;
};

/** The element id and current error of the field at a path, for controls not listed here. */
export function useFieldState(path: string) {
  const { formState } = useFormContext<FieldValues>();
  return { id: fieldDomId(path), error: messageAt(formState.errors, path) };
}

function useField(path: string) {
  const { register } = useFormContext<FieldValues>();
  return { registration: register(path as Path<FieldValues>), ...useFieldState(path) };
}

export function TextInputField({
  path,
  label,
  hint,
  required,
  markOptional,
  className,
  ...input
}: Common & Omit<ComponentProps<"input">, "name" | "id">) {
  const { registration, error, id } = useField(path);
  const field = { id, label, hint, error, required, markOptional, className };
  return (
    <Field {...field}>
      <Input {...input} {...registration} />
    </Field>
  );
}

export function TextareaField({
  path,
  label,
  hint,
  required,
  markOptional,
  className,
  ref,
  ...textarea
}: Common & Omit<ComponentProps<"textarea">, "name" | "id">) {
  const { registration, error, id } = useField(path);
  // The caller may need the element too (e.g. to insert text at the cursor): give it to both.
  const setRef = (element: HTMLTextAreaElement | null) => {
    registration.ref(element);
    if (typeof ref === "function") ref(element);
    else if (ref) ref.current = element;
  };
  const field = { id, label, hint, error, required, markOptional, className };
  return (
    <Field {...field}>
      <Textarea {...textarea} {...registration} ref={setRef} />
    </Field>
  );
}

export function SelectField({ path, children, ...common }: Common & { children: ReactNode }) {
  const { registration, error, id } = useField(path);
  return (
    <Field id={id} error={error} {...common}>
      <Select {...registration}>{children}</Select>
    </Field>
  );
}

/** Radio buttons, or checkboxes when `multiple` (the value is then the list of checked values). */
export function ChoiceGroupField({
  path,
  label,
  hint,
  ...group
}: Common & {
  options: ChoiceOption[];
  multiple?: boolean;
  /** What a screen reader hears after the legend of a required group, in the form's language. */
  requiredLabel?: string;
  children?: ReactNode;
}) {
  const { registration, error, id } = useField(path);
  return (
    <ChoiceFieldset id={id} legend={label} description={hint} error={error} inputProps={registration} {...group} />
  );
}

/** One checkbox whose value is true or false. */
export function CheckboxInputField({ path, ...field }: Omit<Common, "markOptional">) {
  const { registration, error, id } = useField(path);
  return <NativeCheckboxField id={id} error={error} {...field} {...registration} />;
}
