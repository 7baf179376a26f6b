import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { controlStyles } from "./control-styles";

export type SelectProps = ComponentProps<"select">;

/**
 * A native <select>: phones show their own picker, and screen readers and autofill know it.
 * Props (including ref and aria-*) go to the <select>; the wrapper only draws the chevron.
 */
export function Select({ className, children, ...props }: SelectProps) {
  return (
    <div className="relative">
      <select className={cn(controlStyles, "min-h-11 appearance-none pr-10", className)} {...props}>
        {children}
      </select>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="select-chevron">
        <path d="M5 7.5 10 12.5 15 7.5" />
      </svg>
    </div>
  );
}
