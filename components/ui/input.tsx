import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { controlStyles } from "./control-styles";

export type InputProps = ComponentProps<"input">;

export function Input({ className, ...props }: InputProps) {
  return <input className={cn(controlStyles, "min-h-11", className)} {...props} />;
}
