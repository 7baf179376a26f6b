"use client";
import { listUnknownMergeFields, renderTemplate, type MergeData } from "@/lib/email/merge-fields";

/**
 * The email as a candidate would get it, filled with sample data by the sender's own
 * renderTemplate. Shown as text (React escapes it): the email's text part is what it says.
 */
export function TemplatePreview({ subject, body, sample }: { subject: string; body: string; sample: MergeData }) {
  const unknown = [...new Set([...listUnknownMergeFields(subject), ...listUnknownMergeFields(body)])];
  return (
    <section aria-labelledby="template-preview-title" className="space-y-3 rounded-md border border-line bg-canvas p-4">
      <h2 id="template-preview-title" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Preview with sample data
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
            <span className="font-semibold">{renderTemplate(subject, sample)}</span>
          </p>
          <p className="whitespace-pre-wrap" data-testid="template-preview-body">
            {renderTemplate(body, sample)}
          </p>
        </div>
      )}
    </section>
  );
}
