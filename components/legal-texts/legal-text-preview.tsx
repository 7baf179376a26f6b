"use client";
import { useDeferredValue, useMemo } from "react";
import { parseQuestionsJson } from "@/lib/legal-texts/schema";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

/**
 * The text as candidates will read it, rendered by the same sanitizing renderMarkdown as the
 * application form (a <script> typed here is dropped here too), with the questions it asks.
 */
export function LegalTextPreview({
  title,
  bodyMarkdown,
  questionsJson,
  omb,
}: {
  title: string;
  bodyMarkdown: string;
  questionsJson: string;
  omb: string | null;
}) {
  // Rendering on every keystroke can lag on long texts: let typing win.
  const deferredBody = useDeferredValue(bodyMarkdown);
  const html = useMemo(() => renderMarkdown(deferredBody, { headingOffset: 3 }), [deferredBody]);
  const questions = parseQuestionsJson(useDeferredValue(questionsJson));
  return (
    <section
      aria-labelledby="legal-text-preview-title"
      className="space-y-4 rounded-md border border-line bg-canvas p-4 xl:sticky xl:top-4 xl:self-start"
    >
      <h2 id="legal-text-preview-title" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Preview
      </h2>
      <div tabIndex={0} className="max-h-[70vh] space-y-4 overflow-y-auto" data-testid="legal-text-preview">
        <h3 className="text-xl font-semibold">{title || "Untitled"}</h3>
        {omb && <p className="text-sm text-ink-muted">{omb}</p>}
        {/* Sanitized by renderMarkdown: raw HTML dropped, GitHub's allow-list applied. */}
        <div className="prose-posting" dangerouslySetInnerHTML={{ __html: html }} />
        {questions.ok ? (
          questions.questions.map((question) => (
            <div key={question.key} className="space-y-1">
              <p className="font-medium">{question.prompt}</p>
              <ul className="list-disc pl-6 text-sm text-ink-muted">
                {question.options.map((option) => (
                  <li key={option.value}>{option.label}</li>
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p className="text-sm text-ink-muted">The questions appear here once they are valid JSON.</p>
        )}
      </div>
    </section>
  );
}
