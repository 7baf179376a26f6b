"use client";
import { DropdownMenu as RadixMenu } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

export const DropdownMenu = RadixMenu.Root;
export const DropdownMenuTrigger = RadixMenu.Trigger;
export const DropdownMenuLabel = RadixMenu.Label;

/** A menu (Radix): arrow keys move between items, typing jumps to an item, Escape closes it. */
export function DropdownMenuContent({ className, sideOffset = 4, ...props }: ComponentProps<typeof RadixMenu.Content>) {
  return (
    <RadixMenu.Portal>
      <RadixMenu.Content
        sideOffset={sideOffset}
        className={cn("z-50 min-w-48 rounded-md border border-line bg-surface p-1 shadow-lg", className)}
        {...props}
      />
    </RadixMenu.Portal>
  );
}

export function DropdownMenuItem({ className, ...props }: ComponentProps<typeof RadixMenu.Item>) {
  return (
    <RadixMenu.Item
      className={cn(
        "flex min-h-9 cursor-pointer items-center rounded px-3 text-sm text-ink outline-none select-none",
        "data-[disabled]:cursor-not-allowed data-[disabled]:opacity-60 data-[highlighted]:bg-brand-soft data-[highlighted]:text-brand",
        className,
      )}
      {...props}
    />
  );
}
