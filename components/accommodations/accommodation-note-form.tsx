"use client";
import { addAccommodationNoteAction } from "@/app/(hiring)/hiring/accommodations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { ACCOMMODATION_NOTE_MAX_LENGTH, accommodationNoteSchema } from "@/lib/accommodations/schema";
import { useAccommodationForm } from "./use-accommodation-form";

/** A working note for the coordinators (never shown to the panel). */
export function AccommodationNoteForm({ requestId }: { requestId: string }) {
  const { form, submit, pending, result } = useAccommodationForm(
    accommodationNoteSchema,
    { requestId, body: "" },
    addAccommodationNoteAction,
    {
      resetOnSuccess: true,
    },
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-3">
      <Field
        id="accommodation-note"
        label="Add a note"
        hint="For the coordinators only: calls made, what was agreed, what is next."
        error={form.formState.errors.body?.message}
      >
        <Textarea rows={4} maxLength={ACCOMMODATION_NOTE_MAX_LENGTH} {...form.register("body")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add note"}
      </Button>
      <div aria-live="polite">
        {result && (
          <Alert variant={result.ok ? "success" : "danger"} live="off">
            {result.message}
          </Alert>
        )}
      </div>
    </form>
  );
}
