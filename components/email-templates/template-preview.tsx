"use client";
import type { TranslationLocale } from "@/lib/email-templates/template-version";
import { LANGUAGE_LABELS } from "@/lib/languages/labels";
import { listUnknownMergeFields, renderTemplate, type MergeData } from "@/lib/email/merge-fields";

/**
 * The email as a candidate would get it, filled with sample data by the sender's own
 * renderTemplate. Shown as text (React escapes it): the email's text part is what it says.
 */
export function TemplatePreview({
  subject,
  body,
  sample,
  language,
}: {
  subject: string;
  body: string;
  sample: MergeData;
  /** A translation's preview: titled with its language, its text marked with it. */
  language?: TranslationLocale;
}) {
  const titleId = language ? `template-preview-title-${language}` : "template-preview-title";
  const unknown = [...new Set([...listUnknownMergeFields(subject), ...listUnknownMergeFields(body)])];
  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-md border border-line bg-canvas p-4">
      <h2 id={titleId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {language ? `${LANGUAGE_LABELS[language]} version with sample data` : "Preview with sample data"}
      </h2>
      {unknown.length > 0 ? (
        <p className="text-danger">
          The preview appears once every merge field is one of the fields listed (
          {unknown.map((field) => `{{${field}}}`).join(", ")} {unknown.length === 1 ? "is" : "are"} not).
        </p>
      ) : (
        <div className="space-y-3 rounded-md border border-line bg-surface p-4">
          <p>
            <span className="text-ink-muted">Subject: </span>
            <span className="font-semibold" lang={language}>
              {renderTemplate(subject, sample)}
            </span>
          </p>
          <p
            className="whitespace-pre-wrap"
            lang={language}
            data-testid={language ? `template-preview-body-${language}` : "template-preview-body"}
          >
            {renderTemplate(body, sample)}
          </p>
        </div>
      )}
    </section>
  );
}
