"use client";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

export type FormDialogTrigger = { label: string; accessibleLabel?: string; variant: "primary" | "secondary" };

/**
 * A button that opens a form in a dialog. The form is mounted only while the dialog is open (so
 * it starts from fresh values each time); when it is done the dialog closes and its message is
 * announced beside the button.
 */
export function FormDialog({
  trigger,
  title,
  description,
  children,
}: {
  trigger: FormDialogTrigger;
  title: string;
  description: string;
  children: (onDone: (message: string) => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button
            variant={trigger.variant}
            size="sm"
            aria-label={trigger.accessibleLabel}
            onClick={() => setStatus(null)}
          >
            {trigger.label}
          </Button>
        </DialogTrigger>
        {open && (
          <DialogContent title={title} description={description}>
            {children((message) => {
              setOpen(false);
              setStatus(message);
            })}
          </DialogContent>
        )}
      </Dialog>
      <p role="status" className="text-sm text-success">
        {status}
      </p>
    </div>
  );
}
