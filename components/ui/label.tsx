import { Label as RadixLabel } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

export type LabelProps = ComponentProps<typeof RadixLabel.Root>;

export function Label({ className, ...props }: LabelProps) {
  return <RadixLabel.Root className={cn("block font-medium text-ink", className)} {...props} />;
}

/** The visual required marker; the control itself carries aria-required for screen readers. */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-0.5 text-danger">
      *
    </span>
  );
}

/** Said in words on public forms, where most answers are required and a few are not. */
export function OptionalMark() {
  return <span className="font-normal text-ink-muted"> (optional)</span>;
}
