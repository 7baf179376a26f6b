import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { FieldError, FieldHint } from "./field-error";
import { describedControlProps, type DescribedControlProps } from "./field-ids";
import { Label, OptionalMark, RequiredMark } from "./label";

export type FieldControlProps = DescribedControlProps & { id: string };

export type FieldProps = {
  /** Id of the control; the label, hint and error ids derive from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control; also sets aria-invalid on it. */
  error?: string;
  /** Shows the marker and sets aria-required; add the native `required` on the control if wanted. */
  required?: boolean;
  /** Says "(optional)" after the label when the field is not required (public forms). */
  markOptional?: boolean;
  className?: string;
  /**
   * One control element (Input, Textarea, Select, or any element taking id/aria-* props, e.g. a
   * react-hook-form registered input): it receives id, aria-describedby, aria-invalid and
   * aria-required. Or a function that receives those props, for controls that need them elsewhere.
   */
  children: ReactElement<Partial<FieldControlProps>> | ((control: FieldControlProps) => ReactNode);
};

export function Field({ id, label, hint, error, required, markOptional, className, children }: FieldProps) {
  const control: FieldControlProps = { id, ...describedControlProps({ id, hint, error, required }) };
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : markOptional && <OptionalMark />}
      </Label>
      {hint && <FieldHint controlId={id}>{hint}</FieldHint>}
      {typeof children === "function" ? children(control) : withControlProps(children, control)}
      {error && <FieldError controlId={id}>{error}</FieldError>}
    </div>
  );
}

function withControlProps(child: ReactElement<Partial<FieldControlProps>>, control: FieldControlProps): ReactNode {
  if (!isValidElement(child)) return child;
  // The control may already describe itself (e.g. a character counter): keep both.
  const own = child.props["aria-describedby"];
  const describedBy = [control["aria-describedby"], own].filter(Boolean).join(" ") || undefined;
  return cloneElement(child, { ...control, "aria-describedby": describedBy });
}
