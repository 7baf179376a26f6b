import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";
import { controlStyles } from "./control-styles";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, rows = 5, ...props }: TextareaProps) {
  return <textarea rows={rows} className={cn(controlStyles, "resize-y", className)} {...props} />;
}
