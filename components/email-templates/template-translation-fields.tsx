"use client";
import type { Ref } from "react";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import { Fieldset } from "@/components/ui/fieldset";
import { EMAIL_TEMPLATE_LIMITS } from "@/lib/email-templates/email-template-schema";
import type { TranslationLocale } from "@/lib/email-templates/template-version";
import { LANGUAGE_LABELS } from "@/lib/languages/labels";

type Props = {
  language: TranslationLocale;
  bodyRef: Ref<HTMLTextAreaElement>;
  /** The merge-field buttons insert into the body last focused. */
  onBodyFocus: () => void;
};

/** The template in one more candidate language, sent instead of the text above to those who applied in it. */
export function TemplateTranslationFields({ language, bodyRef, onBodyFocus }: Props) {
  const name = LANGUAGE_LABELS[language];
  return (
    <Fieldset
      id={`translation-${language}`}
      legend={`${name} version`}
      markOptional
      description={`Sent instead of the text above to candidates who applied in ${name}. Leave both fields blank to send them the text above.`}
      className="rounded-md border border-line p-4"
    >
      {/* The fields' text is in that language; their labels are not. */}
      <div className="space-y-5">
        <TextInputField
          path={`translations.${language}.subject`}
          label={`${name} subject`}
          lang={language}
          maxLength={EMAIL_TEMPLATE_LIMITS.subject}
        />
        <TextareaField
          path={`translations.${language}.body`}
          label={`${name} body`}
          lang={language}
          rows={14}
          maxLength={EMAIL_TEMPLATE_LIMITS.body}
          ref={bodyRef}
          onFocus={onBodyFocus}
        />
      </div>
    </Fieldset>
  );
}
