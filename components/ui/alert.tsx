import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export type AlertVariant = "info" | "success" | "warning" | "danger";

const VARIANTS: Record<AlertVariant, string> = {
  info: "border-info bg-info-soft text-info",
  success: "border-success bg-success-soft text-success",
  warning: "border-warning bg-warning-soft text-warning",
  danger: "border-danger bg-danger-soft text-danger",
};

export type AlertProps = Omit<ComponentProps<"div">, "title" | "role"> & {
  variant?: AlertVariant;
  title?: ReactNode;
  /**
   * How assistive technology announces it when it appears: "assertive" (role=alert, interrupts),
   * "polite" (role=status) or "off" for a notice that is simply part of the page.
   * Defaults to assertive for danger, polite otherwise.
   */
  live?: "assertive" | "polite" | "off";
};

const ROLES = { assertive: "alert", polite: "status", off: undefined } as const;

export function Alert({ variant = "info", title, live, className, children, ...props }: AlertProps) {
  const role = ROLES[live ?? (variant === "danger" ? "assertive" : "polite")];
  return (
    <div role={role} className={cn("rounded-md border-l-4 px-4 py-3", VARIANTS[variant], className)} {...props}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={cn("text-ink", title && "mt-1")}>{children}</div>}
    </div>
  );
}
