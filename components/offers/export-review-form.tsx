"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { reviewOfferExportAction } from "@/app/(hiring)/hiring/applications/[applicationId]/offer/actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { ChoiceGroupField, TextareaField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EXPORT_REVIEW_OUTCOME_LABELS } from "@/lib/offers/labels";
import { exportReviewFormSchema, type ExportReviewInput } from "@/lib/offers/schema";
import { useOfferFormResult } from "./use-offer-form-result";

const OUTCOMES = Object.entries(EXPORT_REVIEW_OUTCOME_LABELS).map(([value, label]) => ({ value, label }));

/** The admin's export-control review: its outcome decides whether the letter carries the licence clause. */
export function ExportReviewForm({ offerId, version }: { offerId: string; version: number }) {
  const form = useForm<ExportReviewInput>({
    resolver: zodResolver(exportReviewFormSchema),
    defaultValues: { offerId, expectedVersion: version, outcome: "" as ExportReviewInput["outcome"], note: "" },
    shouldFocusError: false,
  });
  const { summary, done, handle, onInvalid } = useOfferFormResult(form.setError);
  const onValid = async (values: ExportReviewInput) => {
    handle(await reviewOfferExportAction(values));
  };
  if (done) return <Alert variant="success">{done}</Alert>;
  return (
    <FormProvider {...form}>
      <form noValidate className="space-y-4" onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}>
        <FormErrorSummary
          title="The review was not recorded"
          errors={summary.errors}
          message={summary.message}
          focusKey={summary.focusKey}
        />
        <ChoiceGroupField path="outcome" label="Outcome" required options={OUTCOMES} />
        <TextareaField
          path="note"
          label="Note"
          rows={3}
          maxLength={2000}
          hint="Admins and recruiters read it; hiring managers and panels never do."
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Record the review"}
        </Button>
      </form>
    </FormProvider>
  );
}
