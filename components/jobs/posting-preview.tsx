"use client";
import { useDeferredValue, useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { JobFormValues } from "@/lib/jobs/job-form-schema";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

/**
 * The posting as candidates will see it, rendered by the same sanitizing renderMarkdown as the
 * careers page (so a <script> typed here is dropped here too). Headings sit one level lower
 * than on the careers page because the preview lives under this page's own headings.
 */
export function PostingPreview() {
  const { control } = useFormContext<JobFormValues>();
  const sections = useWatch({ control, name: "sections" });
  // Rendering Markdown on every keystroke can lag on long postings: let typing win.
  const deferred = useDeferredValue(sections);
  const rendered = useMemo(
    () =>
      deferred.map((section) => ({
        heading: section.heading.trim() || null,
        html: renderMarkdown(section.bodyMarkdown, { headingOffset: 3 }),
      })),
    [deferred],
  );
  return (
    <section
      aria-labelledby="posting-preview-title"
      className="space-y-4 rounded-md border border-line bg-canvas p-4 xl:sticky xl:top-4 xl:self-start"
    >
      <h3 id="posting-preview-title" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Preview
      </h3>
      {/* Focusable so keyboard users can scroll a long preview. */}
      <div tabIndex={0} className="max-h-[70vh] space-y-8 overflow-y-auto" data-testid="posting-preview">
        {rendered.map((section, index) => (
          <div key={index} className="space-y-3">
            {section.heading && <h4 className="text-xl font-semibold">{section.heading}</h4>}
            {/* Sanitized by renderMarkdown: raw HTML dropped, GitHub's allow-list applied. */}
            <div className="prose-posting" dangerouslySetInnerHTML={{ __html: section.html }} />
          </div>
        ))}
      </div>
    </section>
  );
}
