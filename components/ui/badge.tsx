import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import type { Tone } from "@/lib/utils/tone";

/** The tones come from lib (lib/utils/tone.ts), where the status labels pick theirs. */
export type BadgeVariant = Tone;

const VARIANTS: Record<BadgeVariant, string> = {
  neutral: "bg-canvas text-ink-muted border-line",
  brand: "bg-brand-soft text-brand border-transparent",
  info: "bg-info-soft text-info border-transparent",
  success: "bg-success-soft text-success border-transparent",
  warning: "bg-warning-soft text-warning border-transparent",
  danger: "bg-danger-soft text-danger border-transparent",
};

export function Badge({
  variant = "neutral",
  className,
  ...props
}: ComponentProps<"span"> & { variant?: BadgeVariant }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium",
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
