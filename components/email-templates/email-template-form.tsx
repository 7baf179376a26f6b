"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { flattenFormErrors, type SummaryError } from "@/components/forms/form-errors";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import type { MergeData, MergeField } from "@/lib/email/merge-fields";
import {
  EMAIL_TEMPLATE_LIMITS,
  emailTemplateFormSchema,
  type EmailTemplateFormInput,
  type EmailTemplateFormValues,
} from "@/lib/email-templates/email-template-schema";
import { TRANSLATION_LOCALES, type TranslationLocale } from "@/lib/email-templates/template-version";
import { LANGUAGE_LABELS } from "@/lib/languages/labels";
import { TEMPLATES_PATH } from "@/lib/paths/templates";
import { MergeFieldList } from "./merge-field-list";
import { TemplatePreview } from "./template-preview";
import { TemplateTranslationFields } from "./template-translation-fields";
import type { ActionResult } from "@/lib/actions/action-result";

type BodyPath = "body" | `translations.${TranslationLocale}.body`;

const bodyLanguage = (path: BodyPath) => LANGUAGE_LABELS[path.split(".")[1] as TranslationLocale];

type Props = {
  initialValues: EmailTemplateFormValues;
  sample: MergeData;
  save: (values: EmailTemplateFormValues) => Promise<ActionResult<{ templateId: string }>>;
};

export function EmailTemplateForm({ initialValues, sample, save }: Props) {
  const router = useRouter();
  const form = useForm<EmailTemplateFormValues, unknown, EmailTemplateFormInput>({
    resolver: zodResolver(emailTemplateFormSchema),
    defaultValues: initialValues,
    // Errors appear on save (the preview flags unknown fields while typing): an error shown on
    // blur would push the save button down between the press and the release of a click.
    mode: "onSubmit",
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const [subject, body, translations] = useWatch({ control: form.control, name: ["subject", "body", "translations"] });
  // Merge fields go into the body last focused: the text as written or a translation.
  const bodyRefs = useRef<Partial<Record<BodyPath, HTMLTextAreaElement | null>>>({});
  const [insertInto, setInsertInto] = useState<BodyPath>("body");
  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));

  const onValid = async () => {
    const result = await save(form.getValues());
    if (result.ok) {
      router.push(TEMPLATES_PATH);
      router.refresh();
      return;
    }
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(path as FieldPath<EmailTemplateFormValues>, { type: "server", message: messages[0] });
    }
    showSummary(
      Object.entries(result.fieldErrors ?? {}).map(([path, messages]) => ({
        path,
        message: messages[0] ?? "Check this field",
      })),
      result.message,
    );
  };

  const insert = (field: MergeField) => {
    const textarea = bodyRefs.current[insertInto];
    const current = form.getValues(insertInto) ?? "";
    const start = textarea?.selectionStart ?? current.length;
    const end = textarea?.selectionEnd ?? current.length;
    const token = `{{${field}}}`;
    form.setValue(insertInto, current.slice(0, start) + token + current.slice(end), {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="grid gap-8 lg:grid-cols-[3fr_2fr]"
        onSubmit={(event) => form.handleSubmit(onValid, (errors) => showSummary(flattenFormErrors(errors)))(event)}
      >
        <div className="space-y-5">
          <FormErrorSummary
            title="The template was not saved"
            errors={summary.errors}
            message={summary.message}
            focusKey={summary.focusKey}
          />
          <TextInputField
            path="name"
            label="Name"
            required
            maxLength={EMAIL_TEMPLATE_LIMITS.name}
            hint="Staff see this when they pick an email; candidates never do."
          />
          <TextInputField path="subject" label="Subject" required maxLength={EMAIL_TEMPLATE_LIMITS.subject} />
          <TextareaField
            path="body"
            label="Body"
            required
            rows={14}
            maxLength={EMAIL_TEMPLATE_LIMITS.body}
            hint="Plain text. A blank line starts a new paragraph."
            ref={(element) => {
              bodyRefs.current.body = element;
            }}
            onFocus={() => setInsertInto("body")}
          />
          {TRANSLATION_LOCALES.map((language) => (
            <TemplateTranslationFields
              key={language}
              language={language}
              bodyRef={(element) => {
                bodyRefs.current[`translations.${language}.body`] = element;
              }}
              onBodyFocus={() => setInsertInto(`translations.${language}.body`)}
            />
          ))}
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : "Save template"}
          </Button>
        </div>
        <div className="space-y-6">
          <MergeFieldList
            onInsert={insert}
            target={insertInto === "body" ? "the body" : `the ${bodyLanguage(insertInto)} body`}
          />
          <TemplatePreview subject={subject} body={body} sample={sample} />
          {TRANSLATION_LOCALES.map((language) => {
            const translation = translations?.[language];
            if (!translation?.subject.trim() && !translation?.body.trim()) return null;
            return (
              <TemplatePreview
                key={language}
                subject={translation.subject}
                body={translation.body}
                sample={sample}
                language={language}
              />
            );
          })}
        </div>
      </form>
    </FormProvider>
  );
}
