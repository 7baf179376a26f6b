import { Checkbox as RadixCheckbox } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { FieldError, FieldHint } from "./field-error";
import { describedControlProps } from "./field-ids";
import { Label, RequiredMark } from "./label";

export type CheckboxProps = ComponentProps<typeof RadixCheckbox.Root>;

/**
 * Radix checkbox (a button with role="checkbox"; inside a <form> it also renders a hidden native
 * input, so it submits without JS). With react-hook-form, drive it through a Controller:
 * `checked={field.value} onCheckedChange={field.onChange}`.
 */
export function Checkbox({ className, ...props }: CheckboxProps) {
  return (
    <RadixCheckbox.Root
      className={cn(
        "inline-flex size-5 shrink-0 items-center justify-center rounded border border-control bg-surface",
        "data-[state=checked]:border-brand data-[state=checked]:bg-brand data-[state=checked]:text-on-brand",
        "disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-danger",
        className,
      )}
      {...props}
    >
      <RadixCheckbox.Indicator>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5">
          <path d="M3.5 8.5 6.5 11.5 12.5 4.5" fill="none" stroke="currentColor" strokeWidth="2.25" />
        </svg>
      </RadixCheckbox.Indicator>
    </RadixCheckbox.Root>
  );
}

export type CheckboxFieldProps = Omit<CheckboxProps, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
};

/** A checkbox with its label beside it, plus hint and error wired like <Field>. */
export function CheckboxField({ id, label, hint, error, required, className, ...props }: CheckboxFieldProps) {
  return (
    <CheckableField id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <Checkbox id={id} className="mt-0.5" {...describedControlProps({ id, hint, error, required })} {...props} />
    </CheckableField>
  );
}

export type CheckableFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  /** The box itself, carrying `id` and the described-control props. */
  children: ReactNode;
};

/** The layout of a box ticked beside its label (Radix or native, see native-choice.tsx). */
export function CheckableField({ id, label, hint, error, required, className, children }: CheckableFieldProps) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <div className="flex items-start gap-3">
        {children}
        <Label htmlFor={id} className="font-normal">
          {label}
          {required && <RequiredMark />}
        </Label>
      </div>
      {(hint || error) && (
        <div className="space-y-1 pl-8">
          {hint && <FieldHint controlId={id}>{hint}</FieldHint>}
          {error && <FieldError controlId={id}>{error}</FieldError>}
        </div>
      )}
    </div>
  );
}
