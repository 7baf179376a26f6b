import type { RenderedSection } from "@/lib/jobs/posting-sections";

/** Every section of the posting, in order; the HTML was sanitized by renderMarkdown. */
export function PostingSections({ sections }: { sections: RenderedSection[] }) {
  return (
    <div className="space-y-10">
      {sections.map((section, index) => (
        <section key={index} aria-labelledby={section.heading ? `section-${index}` : undefined} className="space-y-3">
          {section.heading && (
            <h2 id={`section-${index}`} className="text-xl font-semibold">
              {section.heading}
            </h2>
          )}
          <div className="prose-posting" dangerouslySetInnerHTML={{ __html: section.html }} />
        </section>
      ))}
    </div>
  );
}
