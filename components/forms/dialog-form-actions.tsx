"use client";
import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";

type Props = { submitLabel: string; pendingLabel: string; pending: boolean };

/** The end of a form in a dialog: Cancel (closes it, focus goes back) and the submit button. */
export function DialogFormActions({ submitLabel, pendingLabel, pending }: Props) {
  return (
    <div className="flex flex-wrap justify-end gap-3">
      <DialogClose asChild>
        <Button variant="secondary">Cancel</Button>
      </DialogClose>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </div>
  );
}
