import { RadioGroup as RadixRadioGroup } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { FieldHint } from "./field-error";
import { fieldHintId } from "./field-ids";
import { Label } from "./label";

export type RadioGroupProps = ComponentProps<typeof RadixRadioGroup.Root>;

/**
 * Radix radio group: one tab stop, arrow keys move the choice. Put it in a <Fieldset> and pass
 * the fieldset's group props (aria-labelledby its legend, aria-describedby, aria-invalid).
 * With react-hook-form: a Controller with `value={field.value} onValueChange={field.onChange}`.
 */
export function RadioGroup({ className, ...props }: RadioGroupProps) {
  return <RadixRadioGroup.Root className={cn("grid gap-3", className)} {...props} />;
}

export type RadioGroupItemProps = Omit<ComponentProps<typeof RadixRadioGroup.Item>, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
};

export function RadioGroupItem({ id, label, hint, className, ...props }: RadioGroupItemProps) {
  return (
    <div className="flex items-start gap-3">
      <RadixRadioGroup.Item
        id={id}
        aria-describedby={hint ? fieldHintId(id) : undefined}
        className={cn(
          "mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full border border-control bg-surface",
          "disabled:cursor-not-allowed disabled:opacity-60 data-[state=checked]:border-brand",
          className,
        )}
        {...props}
      >
        <RadixRadioGroup.Indicator className="block size-2.5 rounded-full bg-brand" />
      </RadixRadioGroup.Item>
      <div className="space-y-0.5">
        <Label htmlFor={id} className="font-normal">
          {label}
        </Label>
        {hint && <FieldHint controlId={id}>{hint}</FieldHint>}
      </div>
    </div>
  );
}
