import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand text-on-brand hover:bg-brand-hover hover:text-on-brand",
  secondary: "border border-control bg-surface text-ink hover:bg-canvas hover:text-ink",
  ghost: "text-brand hover:bg-brand-soft hover:text-brand-hover",
  danger: "bg-danger text-on-brand hover:bg-danger-hover hover:text-on-brand",
};

// md and lg keep the 44px touch target; sm is for dense staff tables.
const SIZES: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
  lg: "min-h-12 px-6 text-lg",
};

export type ButtonStyleOptions = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** Button look for other elements, e.g. a `<Link>` that reads as a call to action. */
export function buttonStyles({ variant = "primary", size = "md", className }: ButtonStyleOptions = {}): string {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-md font-semibold no-underline transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

export type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize };

/** Defaults to type="button" so a button only submits a form when it says so. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonStyles({ variant, size, className })} {...props} />;
}
