"use client";

import { AlertDialog } from "radix-ui";
import { useState } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  keepName: string;
  duplicateName: string;
  applicationCount: number;
  pending: boolean;
  onConfirm: () => Promise<void>;
};

/** Asks before a merge: it moves applications between people and cannot be undone here. */
export function MergeDialog({ keepName, duplicateName, applicationCount, pending, onConfirm }: Props) {
  const [open, setOpen] = useState(false);
  const confirm = async () => {
    await onConfirm();
    setOpen(false);
  };
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button variant="secondary" size="sm">
          Merge into this candidate<span className="sr-only">: {duplicateName}</span>
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-surface p-6 shadow-lg">
          <AlertDialog.Title className="text-xl font-semibold text-ink">
            Merge {duplicateName} into {keepName}?
          </AlertDialog.Title>
          <AlertDialog.Description className="text-ink">
            {applicationCount === 1 ? "Their application moves" : `Their ${applicationCount} applications move`} to{" "}
            {keepName}, with every stage move, note, tag and email. {keepName}&apos;s details stay; only empty contact
            fields are filled in. The merge is recorded in the audit log and cannot be undone here.
          </AlertDialog.Description>
          <div className="flex justify-end gap-3">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that would close the dialog before the merge has finished. */}
            <Button variant="danger" onClick={confirm} disabled={pending}>
              {pending ? "Merging…" : "Merge"}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
