import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { FieldError, FieldHint } from "./field-error";
import { describedControlProps, type DescribedControlProps } from "./field-ids";
import { OptionalMark, RequiredMark } from "./label";

export const fieldsetLegendId = (id: string) => `${id}-legend`;

/** Props for the group control inside (e.g. a RadioGroup), so it is named and described too. */
export type FieldsetGroupProps = DescribedControlProps & { "aria-labelledby": string };

export type FieldsetProps = Omit<ComponentProps<"fieldset">, "children" | "id"> & {
  id: string;
  legend: ReactNode;
  /** Shown under the legend and linked with aria-describedby. */
  description?: ReactNode;
  error?: string;
  required?: boolean;
  /** Says "(optional)" after the legend when the group is not required (public forms). */
  markOptional?: boolean;
  children: ReactNode | ((group: FieldsetGroupProps) => ReactNode);
};

export function Fieldset({
  id,
  legend,
  description,
  error,
  required,
  markOptional,
  className,
  children,
  ...props
}: FieldsetProps) {
  const described = describedControlProps({ id, hint: description, error, required });
  const group: FieldsetGroupProps = { "aria-labelledby": fieldsetLegendId(id), ...described };
  return (
    <fieldset
      id={id}
      aria-describedby={described["aria-describedby"]}
      className={cn("min-w-0 space-y-3", className)}
      {...props}
    >
      <legend id={fieldsetLegendId(id)} className="text-base font-semibold text-ink">
        {legend}
        {required ? <RequiredMark /> : markOptional && <OptionalMark />}
      </legend>
      {description && <FieldHint controlId={id}>{description}</FieldHint>}
      {typeof children === "function" ? children(group) : children}
      {error && <FieldError controlId={id}>{error}</FieldError>}
    </fieldset>
  );
}
