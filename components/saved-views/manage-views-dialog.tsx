"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { deleteViewAction, renameViewAction } from "@/app/(hiring)/_actions/saved-views";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { SavedViewItem } from "@/lib/saved-views/list-saved-views";
import { renameViewFormSchema, SAVED_VIEW_NAME_MAX_LENGTH, type RenameViewFormInput } from "@/lib/saved-views/schema";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  views: SavedViewItem[];
  onCloseAutoFocus: (event: Event) => void;
};

const UNREACHABLE: ActionResult<{ query?: string }> = {
  ok: false,
  message: "We could not reach the server, so nothing changed. Check your connection and try again.",
};

/** Rename or delete one's own views of this table (views shared by others are theirs to change). */
export function ManageViewsDialog({ open, onOpenChange, views, onCloseAutoFocus }: Props) {
  const [status, setStatus] = useState<ActionResult<{ query?: string }> | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) setStatus(null);
      }}
    >
      <DialogContent
        title="My views of this table"
        description="Rename or delete the views you saved. Views others share with you are theirs to change."
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <div className="space-y-4">
          <div role="status" aria-atomic="true">
            {status && (
              <Alert variant={status.ok ? "success" : "danger"} live="off">
                {status.message}
              </Alert>
            )}
          </div>
          {views.length === 0 ? (
            <p className="text-ink-muted">You have no saved views of this table.</p>
          ) : (
            <ul className="divide-y divide-line">
              {views.map((view) => (
                <li key={view.id} className="py-3">
                  <ViewRow view={view} onDone={setStatus} />
                </li>
              ))}
            </ul>
          )}
          <div className="flex justify-end">
            <DialogClose asChild>
              <Button variant="secondary">Close</Button>
            </DialogClose>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}

function ViewRow({
  view,
  onDone,
}: {
  view: SavedViewItem;
  onDone: (result: ActionResult<{ query?: string }>) => void;
}) {
  const [deleting, startDeleting] = useTransition();
  const form = useForm<RenameViewFormInput>({
    resolver: zodResolver(renameViewFormSchema),
    defaultValues: { name: view.name },
  });
  const rename = form.handleSubmit(async (values) => {
    const result = await renameViewAction(view.id, values).catch(() => UNREACHABLE);
    const nameError = !result.ok ? result.fieldErrors?.name?.[0] : undefined;
    if (nameError) form.setError("name", { message: nameError }, { shouldFocus: true });
    else onDone(result);
  });
  const remove = () => startDeleting(async () => onDone(await deleteViewAction(view.id).catch(() => UNREACHABLE)));

  const nameError = form.formState.errors.name?.message;

  return (
    <form onSubmit={(event) => void rename(event)} noValidate className="flex flex-wrap items-end gap-2">
      {/* Ids per view: every row has a name field. */}
      <Field
        id={`view-${view.id}-name`}
        label={
          <>
            Name<span className="sr-only"> of the view {view.name}</span>
            {view.shared && <span className="font-normal text-ink-muted"> (shared with the team)</span>}
          </>
        }
        error={nameError}
        className="min-w-0 flex-1"
      >
        <Input {...form.register("name")} maxLength={SAVED_VIEW_NAME_MAX_LENGTH} autoComplete="off" />
      </Field>
      <Button type="submit" variant="secondary" size="sm" disabled={form.formState.isSubmitting}>
        Rename<span className="sr-only"> {view.name}</span>
      </Button>
      <Button variant="danger" size="sm" disabled={deleting} onClick={remove}>
        Delete<span className="sr-only"> {view.name}</span>
      </Button>
    </form>
  );
}
