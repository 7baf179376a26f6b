"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { Controller, FormProvider, useForm } from "react-hook-form";
import { saveViewAction } from "@/app/(hiring)/_actions/saved-views";
import { fieldDomId } from "@/components/forms/form-errors";
import { DialogFormActions } from "@/components/forms/dialog-form-actions";
import { TextInputField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { SAVED_VIEW_NAME_MAX_LENGTH, saveViewFormSchema, type SaveViewFormInput } from "@/lib/saved-views/schema";

type Props = {
  /** The job's table, or null for the all-jobs table. */
  jobId: number | null;
  /** Whether this viewer may share a view of this table (all-jobs views: recruiting staff). */
  canShare: boolean;
  onSaved: (message: string) => void;
};

const UNREACHABLE = "We could not reach the server, so the view was not saved. Check your connection and try again.";

/** Names the table's current filters, search and sort (its URL query) and saves them. */
export function SaveViewDialog({ jobId, canShare, onSaved }: Props) {
  const searchParams = useSearchParams();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SaveViewFormInput>({
    resolver: zodResolver(saveViewFormSchema),
    defaultValues: { name: "", shared: false },
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await saveViewAction({ ...values, jobId, query: searchParams.toString() }).catch(() => ({
      ok: false as const,
      message: UNREACHABLE,
    }));
    if (result.ok) {
      setOpen(false);
      form.reset();
      onSaved(result.message);
      return;
    }
    const fieldErrors = "fieldErrors" in result ? result.fieldErrors : undefined;
    const nameError = fieldErrors?.name?.[0];
    if (nameError) form.setError("name", { message: nameError }, { shouldFocus: true });
    const sharedError = fieldErrors?.shared?.[0];
    if (sharedError) form.setError("shared", { message: sharedError });
    if (!nameError && !sharedError) setFailure(fieldErrors?.query?.[0] ?? result.message);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFailure(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">Save view</Button>
      </DialogTrigger>
      <DialogContent
        title="Save this view"
        description="Keeps the table's filters, search and sort under a name, to apply again from the Views menu."
        className="max-w-lg"
      >
        <FormProvider {...form}>
          <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
            {failure && <Alert variant="danger">{failure}</Alert>}
            <TextInputField
              path="name"
              label="Name"
              required
              maxLength={SAVED_VIEW_NAME_MAX_LENGTH}
              autoComplete="off"
            />
            {canShare && (
              <Controller
                control={form.control}
                name="shared"
                render={({ field, fieldState }) => (
                  <CheckboxField
                    id={fieldDomId("shared")}
                    label="Share with the hiring team"
                    hint={
                      jobId === null
                        ? "Recruiting staff will find it under Views."
                        : "Everyone who can see this job's applications will find it under Views."
                    }
                    error={fieldState.error?.message}
                    checked={field.value}
                    onCheckedChange={(value) => field.onChange(value === true)}
                  />
                )}
              />
            )}
            <DialogFormActions submitLabel="Save view" pendingLabel="Saving…" pending={form.formState.isSubmitting} />
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
