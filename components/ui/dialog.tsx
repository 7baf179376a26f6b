"use client";
import { Dialog as RadixDialog } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

export type DialogContentProps = ComponentProps<typeof RadixDialog.Content> & {
  title: ReactNode;
  /** Read out with the title when the dialog opens. */
  description?: ReactNode;
};

/**
 * A modal dialog (Radix): focus moves in and stays in, Escape closes it, focus returns to what
 * opened it, and it is named by its title and described by its description.
 */
export function DialogContent({ title, description, className, children, ...props }: DialogContentProps) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
      <RadixDialog.Content
        className={cn(
          "fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-2xl -translate-x-1/2 -translate-y-1/2 bg-surface",
          "overflow-y-auto rounded-lg p-6 shadow-xl",
          className,
        )}
        // Without a description Radix warns; say explicitly that there is none.
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <RadixDialog.Title className="text-xl font-semibold text-ink">{title}</RadixDialog.Title>
        {description && (
          <RadixDialog.Description className="mt-1 text-ink-muted">{description}</RadixDialog.Description>
        )}
        <div className="mt-4">{children}</div>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
