"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { saveOfferTermsAction } from "@/app/(hiring)/hiring/applications/[applicationId]/offer/actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { SelectField, TextareaField, TextInputField } from "@/components/forms/form-fields";
import { SaveBar } from "@/components/forms/save-bar";
import {
  OFFER_EMPLOYMENT_TYPES,
  offerTermsFormSchema,
  PAY_PERIODS,
  type OfferTermsFormInput,
  type OfferTermsInput,
} from "@/lib/offers/schema";
import { EMPLOYMENT_TYPE_LABELS, PAY_PERIOD_LABELS } from "@/lib/offers/labels";
import { useOfferFormResult } from "./use-offer-form-result";

type Props = {
  initialValues: OfferTermsFormInput;
  letterTemplates: { id: string; name: string }[];
  /** An offer past draft: saving a change starts approval over. */
  restartsApproval: boolean;
};

/** The offer's terms: drafting a new offer, or changing one not yet released. */
export function OfferTermsForm({ initialValues, letterTemplates, restartsApproval }: Props) {
  const form = useForm<OfferTermsFormInput, unknown, OfferTermsInput>({
    resolver: zodResolver(offerTermsFormSchema),
    defaultValues: initialValues,
    mode: "onSubmit",
    shouldFocusError: false,
  });
  const { summary, done, handle, onInvalid } = useOfferFormResult(form.setError);
  // After a save the page shows the offer's new version: the next save is about that one.
  const seen = `${initialValues.offerId ?? ""}:${initialValues.expectedVersion ?? ""}`;
  useEffect(() => {
    form.reset(initialValues);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new version resets the form
  }, [seen]);

  const onValid = async (values: OfferTermsInput) => {
    handle(await saveOfferTermsAction(values));
  };

  return (
    <FormProvider {...form}>
      <form noValidate className="space-y-5" onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}>
        <FormErrorSummary
          title="The terms were not saved"
          errors={summary.errors}
          message={summary.message}
          focusKey={summary.focusKey}
        />
        {restartsApproval && (
          <p className="text-ink-muted">Changing any term starts approval over: every approver sees the new terms.</p>
        )}
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInputField
            path="baseAmount"
            label="Base pay"
            required
            inputMode="numeric"
            autoComplete="off"
            hint="Whole units, like 185000"
          />
          <TextInputField
            path="currency"
            label="Currency"
            required
            maxLength={3}
            autoComplete="off"
            hint="ISO code, like USD"
          />
          <SelectField path="payPeriod" label="Pay period" required>
            {PAY_PERIODS.map((period) => (
              <option key={period} value={period}>
                {PAY_PERIOD_LABELS[period]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextareaField path="bonus" label="Bonus" rows={2} maxLength={1000} hint="Optional. Shown as written." />
        <TextareaField path="equity" label="Equity" rows={2} maxLength={1000} hint="Optional. Shown as written." />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInputField path="startDate" label="Start date" type="date" required />
          <TextInputField
            path="expiresOn"
            label="Offer expires on"
            type="date"
            required
            hint="Open until the end of this day (UTC)"
          />
          <TextInputField path="workLocation" label="Work location" required maxLength={200} />
          <SelectField path="employmentType" label="Employment type" required>
            {OFFER_EMPLOYMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {EMPLOYMENT_TYPE_LABELS[type]}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField path="letterTemplateId" label="Offer letter" required hint="Its latest version is used.">
          <option value="">Choose a letter</option>
          {letterTemplates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </SelectField>
        <SaveBar label="Save terms" submitting={form.formState.isSubmitting} saved={done} />
      </form>
    </FormProvider>
  );
}
