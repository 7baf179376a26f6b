"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { saveOfferLetterAction } from "@/app/(hiring)/hiring/offer-letters/actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import { SaveBar } from "@/components/forms/save-bar";
import { useOfferFormResult } from "@/components/offers/use-offer-form-result";
import { LETTER_MERGE_FIELDS } from "@/lib/offers/letter";
import { OFFER_LETTER_MAX, offerLetterTemplateFormSchema, type OfferLetterTemplateInput } from "@/lib/offers/schema";
import { offerLetterEditPath } from "@/lib/paths/offers";

/** A letter's name and text: every save is a new version. */
export function OfferLetterForm({ initialValues }: { initialValues: OfferLetterTemplateInput }) {
  const router = useRouter();
  const form = useForm<OfferLetterTemplateInput>({
    resolver: zodResolver(offerLetterTemplateFormSchema),
    defaultValues: initialValues,
    mode: "onSubmit",
    shouldFocusError: false,
  });
  const { summary, done, handle, onInvalid } = useOfferFormResult(form.setError);
  const onValid = async (values: OfferLetterTemplateInput) => {
    const result = await saveOfferLetterAction(values);
    if (handle(result) && result.ok && !initialValues.templateId) router.push(offerLetterEditPath(result.templateId));
  };
  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="grid gap-8 lg:grid-cols-[3fr_1fr]"
        onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}
      >
        <div className="space-y-5">
          <FormErrorSummary
            title="The letter was not saved"
            errors={summary.errors}
            message={summary.message}
            focusKey={summary.focusKey}
          />
          <TextInputField
            path="name"
            label="Name"
            required
            maxLength={120}
            hint="Staff see it when they draft an offer."
          />
          <TextareaField
            path="body"
            label="Letter"
            required
            rows={20}
            maxLength={OFFER_LETTER_MAX}
            hint="Plain text. A blank line starts a new paragraph. A conditional offer's licence clause is added at the end."
          />
          <SaveBar label="Save a new version" submitting={form.formState.isSubmitting} saved={done} />
        </div>
        <section aria-labelledby="merge-fields-title" className="space-y-2">
          <h2 id="merge-fields-title" className="text-lg font-semibold text-ink">
            Merge fields
          </h2>
          <ul className="space-y-1 font-mono text-sm text-ink">
            {LETTER_MERGE_FIELDS.map((field) => (
              <li key={field}>{`{{${field}}}`}</li>
            ))}
          </ul>
        </section>
      </form>
    </FormProvider>
  );
}
