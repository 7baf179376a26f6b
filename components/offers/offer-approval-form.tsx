"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { decideOfferApprovalAction } from "@/app/(hiring)/hiring/applications/[applicationId]/offer/actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { ChoiceGroupField, TextareaField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { APPROVAL_DECISION_LABELS } from "@/lib/offers/labels";
import { APPROVAL_REASON_MAX, offerApprovalFormSchema, type OfferApprovalInput } from "@/lib/offers/schema";
import { useOfferFormResult } from "./use-offer-form-result";

/** The approver whose turn it is: approve, or send back with a reason. */
export function OfferApprovalForm({ offerId, version }: { offerId: string; version: number }) {
  const form = useForm<OfferApprovalInput>({
    resolver: zodResolver(offerApprovalFormSchema),
    defaultValues: { offerId, expectedVersion: version, decision: "" as OfferApprovalInput["decision"], reason: "" },
    shouldFocusError: false,
  });
  const { summary, done, handle, onInvalid } = useOfferFormResult(form.setError);
  const onValid = async (values: OfferApprovalInput) => {
    handle(await decideOfferApprovalAction(values));
  };
  if (done) return <Alert variant="success">{done}</Alert>;
  return (
    <FormProvider {...form}>
      <form noValidate className="space-y-4" onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}>
        <FormErrorSummary
          title="Your decision was not recorded"
          errors={summary.errors}
          message={summary.message}
          focusKey={summary.focusKey}
        />
        <ChoiceGroupField
          path="decision"
          label="Your decision"
          required
          options={[
            { value: "APPROVED", label: `${APPROVAL_DECISION_LABELS.APPROVED}: the terms are right` },
            { value: "SENT_BACK", label: `${APPROVAL_DECISION_LABELS.SENT_BACK}: they need a change` },
          ]}
        />
        <TextareaField
          path="reason"
          label="Reason"
          rows={3}
          maxLength={APPROVAL_REASON_MAX}
          hint="Required when you send it back; the offer's author reads it."
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Record my decision"}
        </Button>
      </form>
    </FormProvider>
  );
}
