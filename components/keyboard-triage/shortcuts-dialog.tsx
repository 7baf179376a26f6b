"use client";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import type { TriageRights } from "./triage-keys";

export type Shortcut = { keys: string[]; action: string };

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  shortcuts: Shortcut[];
  note?: string;
  onCloseAutoFocus?: (event: Event) => void;
};

/** The "?" overlay: every shortcut of the page. A Radix dialog: focus stays inside, Escape closes it. */
export function ShortcutsDialog({ open, onOpenChange, shortcuts, note, onCloseAutoFocus }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Keyboard shortcuts"
        description="They work when focus is not in a text field and no dialog is open."
        className="max-w-lg"
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <Table caption="Keys and what they do" frame="none" density="compact">
          <TableHeader columns={["Key", "Action"]} />
          <TableBody>
            {shortcuts.map((shortcut) => (
              <TableRow key={shortcut.action}>
                <TableCell className="whitespace-nowrap">
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && <span className="text-ink-muted"> or </span>}
                      <kbd className="rounded border border-line bg-canvas px-1.5 py-0.5 font-mono text-sm">{key}</kbd>
                    </span>
                  ))}
                </TableCell>
                <TableCell>{shortcut.action}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {note && <p className="mt-3 text-sm text-ink-muted">{note}</p>}
        <div className="mt-4 flex justify-end">
          <DialogClose asChild>
            <Button variant="secondary">Close</Button>
          </DialogClose>
        </div>
      </DialogContent>
    </Dialog>
  );
}

/** The shortcuts of the board and the table; `can` leaves out what the viewer may not do there. */
export function triageShortcuts(can: TriageRights): Shortcut[] {
  return [
    { keys: ["j"], action: "Next candidate" },
    { keys: ["k"], action: "Previous candidate" },
    ...(can.move ? [{ keys: ["a", "→"], action: "Advance to the next stage" }] : []),
    ...(can.reject ? [{ keys: ["r"], action: "Reject, with a reason" }] : []),
    ...(can.tag ? [{ keys: ["t"], action: "Add a tag" }] : []),
    { keys: ["o"], action: "Open the profile at the resume" },
    { keys: ["Enter"], action: "Open the profile (on the candidate's name)" },
    ...(can.select ? [{ keys: ["x"], action: "Select or unselect, for bulk actions" }] : []),
    { keys: ["?"], action: "Show these shortcuts" },
  ];
}
