"use client";
import { renderTemplate, UnknownMergeFieldError, type MergeData } from "@/lib/email/merge-fields";

type EmailPreviewProps = {
  subject: string;
  body: string;
  data: MergeData;
  recipientName: string;
  recipientCount: number;
};

/** The email as this candidate will read it, rendered by the same function the server uses. */
export function EmailPreview({ subject, body, data, recipientName, recipientCount }: EmailPreviewProps) {
  let rendered: { subject: string; body: string } | { error: string };
  try {
    rendered = { subject: renderTemplate(subject, data), body: renderTemplate(body, data) };
  } catch (error) {
    rendered = { error: error instanceof UnknownMergeFieldError ? error.message : "The preview could not be shown." };
  }
  return (
    <section aria-labelledby="email-preview-heading" className="space-y-2 rounded-md border border-line bg-canvas p-4">
      <h3 id="email-preview-heading" className="font-semibold text-ink">
        Preview for {recipientName}
      </h3>
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
            <span className="font-medium">Subject:</span> {rendered.subject}
          </p>
          {/* React escapes the text; whitespace-pre-wrap keeps the paragraphs as the email has them. */}
          <div className="rounded border border-transparent bg-surface p-3 text-sm whitespace-pre-wrap text-ink">
            {rendered.body}
          </div>
        </>
      )}
    </section>
  );
}
