// Ids of the text that describes a control, shared by <Field>, <Fieldset> and <CheckboxField>
// so a form can point an error summary at them.

export const fieldHintId = (id: string) => `${id}-hint`;
export const fieldErrorId = (id: string) => `${id}-error`;

export type DescribedControlProps = {
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export function describedControlProps(opts: {
  id: string;
  hint?: unknown;
  error?: string;
  required?: boolean;
}): DescribedControlProps {
  const describedBy = [opts.hint ? fieldHintId(opts.id) : null, opts.error ? fieldErrorId(opts.id) : null]
    .filter(Boolean)
    .join(" ");
  return {
    ...(describedBy && { "aria-describedby": describedBy }),
    ...(opts.error && { "aria-invalid": true }),
    ...(opts.required && { "aria-required": true }),
  };
}
