"use client";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { renderTemplate, UnknownMergeFieldError, type MergeData } from "@/lib/email/merge-fields";
import { emailTextFor, type TemplateWithTranslations } from "@/lib/email-templates/template-version";
import { emailLanguageNote } from "./email-language-note";

/** Whom the dialog writes to: the first one's data fills the preview. */
export type EmailPreviewContext = {
  data: MergeData;
  recipientName: string;
  /** The language each recipient applied in. */
  recipientLocales: string[];
};

type EmailPreviewProps = EmailPreviewContext & {
  written: { subject: string; body: string };
  /** The template the text was started from, if any. */
  template: TemplateWithTranslations | null;
};

/** The email as this candidate will read it, chosen and rendered by the functions the server uses. */
export function EmailPreview({ written, template, data, recipientName, recipientLocales }: EmailPreviewProps) {
  const recipientCount = recipientLocales.length;
  const text = emailTextFor({ written, template, locale: recipientLocales[0] ?? DEFAULT_LOCALE });
  const languageNote = emailLanguageNote({ written, template, recipientLocales });
  // A screen reader reads a German version with German sounds; staff's own text is the page's language.
  const language = text.language ?? undefined;
  let rendered: { subject: string; body: string } | { error: string };
  try {
    rendered = { subject: renderTemplate(text.subject, data), body: renderTemplate(text.body, data) };
  } catch (error) {
    rendered = { error: error instanceof UnknownMergeFieldError ? error.message : "The preview could not be shown." };
  }
  return (
    <section aria-labelledby="email-preview-heading" className="space-y-2 rounded-md border border-line bg-canvas p-4">
      <h3 id="email-preview-heading" className="font-semibold text-ink">
        Preview for {recipientName}
      </h3>
      {languageNote && (
        <p className="text-sm font-medium text-ink" data-testid="email-language-note">
          {languageNote}
        </p>
      )}
      {recipientCount > 1 && (
        <p className="text-sm text-ink-muted">
          Each of the {recipientCount} candidates gets the email with their own name and reference.
        </p>
      )}
      {"error" in rendered ? (
        <p className="text-sm font-medium text-danger">{rendered.error}</p>
      ) : (
        <>
          <p className="text-ink">
            <span className="font-medium">Subject:</span> <span lang={language}>{rendered.subject}</span>
          </p>
          {/* React escapes the text; whitespace-pre-wrap keeps the paragraphs as the email has them. */}
          <div
            lang={language}
            className="rounded border border-transparent bg-surface p-3 text-sm whitespace-pre-wrap text-ink"
          >
            {rendered.body}
          </div>
        </>
      )}
    </section>
  );
}
