import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import type { Tone } from "@/lib/utils/tone";

/**
 * The tones come from lib (lib/utils/tone.ts), where the status labels pick theirs. The look is
 * .badge and .badge-<tone> in app/globals.css (badges repeat down lists and boards).
 */
export type BadgeVariant = Tone;

export function Badge({
  variant = "neutral",
  className,
  ...props
}: ComponentProps<"span"> & { variant?: BadgeVariant }) {
  return <span className={cn("badge", `badge-${variant}`, className)} {...props} />;
}
