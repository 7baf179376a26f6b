"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { DialogFormActions } from "@/components/forms/dialog-form-actions";
import { TextInputField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { TAG_MAX_LENGTH, tagSchema, type TagInput } from "@/lib/candidates/schema";

type Props = {
  candidateName: string;
  /** Adds the tag; a failure message keeps the dialog open. */
  onSubmit: (
    tagName: string,
  ) => Promise<{ ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string[]> }>;
  onClose: () => void;
  onCloseAutoFocus?: (event: Event) => void;
  suggestions?: string[];
};

/** The tag input the "t" shortcut opens for one candidate (the profile's tag schema). */
export function TagDialog({ candidateName, onSubmit, onClose, onCloseAutoFocus, suggestions = [] }: Props) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TagInput>({ resolver: zodResolver(tagSchema), defaultValues: { name: "" } });
  const submit = form.handleSubmit(async ({ name }) => {
    setFailure(null);
    const result = await onSubmit(name);
    if (result.ok) return onClose();
    const message = result.fieldErrors?.tagName?.[0];
    if (message) form.setError("name", { message }, { shouldFocus: true });
    else setFailure(result.message);
  });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={`Tag ${candidateName}`} className="max-w-md" onCloseAutoFocus={onCloseAutoFocus}>
        <FormProvider {...form}>
          <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
            {failure && <Alert variant="danger">{failure}</Alert>}
            <TextInputField
              path="name"
              label="Tag"
              required
              maxLength={TAG_MAX_LENGTH}
              autoComplete="off"
              list={suggestions.length > 0 ? "triage-tag-suggestions" : undefined}
            />
            {suggestions.length > 0 && (
              <datalist id="triage-tag-suggestions">
                {suggestions.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            )}
            <DialogFormActions submitLabel="Add tag" pendingLabel="Adding…" pending={form.formState.isSubmitting} />
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
