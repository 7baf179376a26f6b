"use client";
import type { ComponentProps, ReactNode } from "react";
import { useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { fieldDomId, messageAt } from "./form-errors";

// react-hook-form fields wired to <Field>: id from the path, error from the form state.

type Common = { path: string; label: ReactNode; hint?: ReactNode; required?: boolean; className?: string };

function useField(path: string) {
  const { register, formState } = useFormContext<FieldValues>();
  return {
    registration: register(path as Path<FieldValues>),
    error: messageAt(formState.errors, path),
    id: fieldDomId(path),
  };
}

export function TextInputField({
  path,
  label,
  hint,
  required,
  className,
  ...input
}: Common & Omit<ComponentProps<"input">, "name" | "id">) {
  const { registration, error, id } = useField(path);
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <Input {...input} {...registration} />
    </Field>
  );
}

export function TextareaField({
  path,
  label,
  hint,
  required,
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
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <Textarea {...textarea} {...registration} ref={setRef} />
    </Field>
  );
}

export function SelectField({ path, label, hint, required, className, children }: Common & { children: ReactNode }) {
  const { registration, error, id } = useField(path);
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <Select {...registration}>{children}</Select>
    </Field>
  );
}
