import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { escapeHtml } from "@/lib/utils/escape-html";

export type RenderedSection = { heading: string | null; html: string };

/**
 * Section bodies as sanitized HTML. The page gives each heading an h2 under the job title (h1),
 * so headings written inside a body start at h3.
 */
export function renderPostingSections(sections: { heading: string | null; bodyMarkdown: string }[]): RenderedSection[] {
  return sections.map((section) => ({
    heading: section.heading,
    html: renderMarkdown(section.bodyMarkdown, { headingOffset: 2 }),
  }));
}

/** The whole posting as one HTML document fragment, for the JSON-LD description. */
export function postingDescriptionHtml(sections: RenderedSection[]): string {
  return sections.map(({ heading, html }) => (heading ? `<h2>${escapeHtml(heading)}</h2>\n${html}` : html)).join("\n");
}
