"use client";
import { useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import type { ApplicationFormInput, ApplicationFormValues } from "@/lib/submissions/schema";
import { AccommodationSection } from "./accommodation-section";
import { ContactSection } from "./contact-section";
import { defaultApplicationValues } from "./default-values";
import { DocumentsSection } from "./documents-section";
import { EligibilitySection } from "./eligibility-section";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { flattenFormErrors, type SummaryError } from "@/components/forms/form-errors";
import { JobQuestionsSection } from "./job-questions-section";
import { PrivacySection } from "./privacy-section";
import { SelfIdSection } from "./self-id-section";
import { sendApplication } from "./send-application";
import { SubmitBar } from "./submit-bar";
import { lazyApplicationResolver } from "./lazy-application-resolver";
import { useApplicationDraft } from "./use-application-draft";
import { validationText } from "@/lib/submissions/validation-text";

type Props = { context: ApplicationFormContext; legalHtml: Record<string, string> };

export function ApplicationForm({ context, legalHtml }: Props) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTranslations("apply");
  const validationT = useTranslations("validation");
  // The shared schema, saying its messages in the page's language (docs/decisions/0041).
  const validation = useMemo(
    () => lazyApplicationResolver(context, validationText(validationT)),
    [context, validationT],
  );
  const form = useForm<ApplicationFormValues, unknown, ApplicationFormInput>({
    resolver: validation.resolver,
    defaultValues: defaultApplicationValues(context),
    mode: "onTouched",
    shouldFocusError: false,
  });
  const { restoredAt, clearDraft } = useApplicationDraft(form as never, context.jobSlug);
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const [progress, setProgress] = useState<number | null>(null);
  const sending = useRef(false);

  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));

  const onValid = async (values: ApplicationFormInput) => {
    // A second click while the first request is in flight does nothing; a retry after a failure
    // reuses the same submissionKey, so the server stores one application either way.
    if (sending.current) return;
    sending.current = true;
    setProgress(0);
    // Validation has just loaded this module (the resolver's); it reads the link with zod too.
    const { readTracking } = await import("./application-resolver");
    const raw = { ...form.getValues(), tracking: readTracking() };
    const result = await sendApplication(
      `/api/jobs/${encodeURIComponent(context.jobSlug)}/applications`,
      raw,
      locale,
      setProgress,
      {
        unexpected: (status) => t("sendFailure.unexpected", { status }),
        unreachable: t("sendFailure.unreachable"),
        interrupted: t("sendFailure.interrupted"),
      },
    );
    if (result.ok) {
      await clearDraft();
      router.push(result.confirmationUrl);
      return;
    }
    sending.current = false;
    setProgress(null);
    for (const [path, messages] of Object.entries(result.fieldErrors)) {
      form.setError(path as FieldPath<ApplicationFormValues>, { type: "server", message: messages[0] });
    }
    const errors = Object.entries(result.fieldErrors).map(([path, messages]) => ({
      path,
      message: messages[0] ?? t("summary.checkAnswer"),
    }));
    showSummary(errors, result.message);
    void values;
  };

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onFocus={validation.preload}
        onSubmit={(event) => form.handleSubmit(onValid, (errors) => showSummary(flattenFormErrors(errors)))(event)}
        aria-describedby="form-intro"
      >
        <p id="form-intro" className="mb-6 text-ink">
          {t.rich("intro", { required: (text) => <span className="text-danger">{text}</span> })}
          {restoredAt ? (
            <span role="status"> {t("restored", { savedAt: new Date(restoredAt).toLocaleString(locale) })}</span>
          ) : null}
        </p>
        <div className="mb-8 empty:hidden">
          <FormErrorSummary
            title={summary.errors.length > 0 ? t("summary.problem") : t("summary.notSent")}
            errors={summary.errors}
            message={summary.message}
            focusKey={summary.focusKey}
          />
        </div>
        <ContactSection />
        <DocumentsSection />
        <JobQuestionsSection questions={context.questions} />
        <EligibilitySection legal={context.legal} legalHtml={legalHtml} />
        <AccommodationSection form={context.legal.accommodation} html={legalHtml[context.legal.accommodation.id]} />
        <PrivacySection
          notice={context.legal.privacyNotice}
          html={legalHtml[context.legal.privacyNotice.id]}
          organizationName={context.organizationName}
        />
        {context.selfId ? <SelfIdSection selfId={context.selfId} legalHtml={legalHtml} /> : null}
        <SubmitBar progress={progress} />
      </form>
    </FormProvider>
  );
}
