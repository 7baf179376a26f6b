import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

const WIDTHS = { narrow: "max-w-2xl", default: "max-w-5xl", wide: "max-w-7xl" } as const;

export function Container({
  width = "default",
  className,
  ...props
}: ComponentProps<"div"> & { width?: keyof typeof WIDTHS }) {
  return <div className={cn("mx-auto w-full px-4 sm:px-6", WIDTHS[width], className)} {...props} />;
}
