import type { Element, Root, RootContent } from "hast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

export type RenderMarkdownOptions = {
  /**
   * Added to every heading level (capped at h6), so a Markdown "# Title" inside a section that
   * the page already introduces with an h2 does not break the document outline.
   */
  headingOffset?: number;
};

/**
 * Markdown → HTML that is safe to inject: raw HTML in the source is dropped (remark-rehype
 * without allowDangerousHtml) and the result is sanitized with GitHub's schema anyway, so a
 * posting written by staff can never run script in a candidate's browser.
 */
export function renderMarkdown(markdown: string, options: RenderMarkdownOptions = {}): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, SCHEMA)
    .use(rehypeShiftHeadings, options.headingOffset ?? 0)
    .use(rehypeExternalLinkRel)
    .use(rehypeStringify)
    .processSync(markdown);
  return String(file);
}

// remark-rehype already prefixes the only ids Markdown can create (footnotes) with
// "user-content-"; a second prefix from the sanitizer would break the footnote links.
const SCHEMA = { ...defaultSchema, clobberPrefix: "" };

const HEADING = /^h([1-6])$/;

function rehypeShiftHeadings(offset: number) {
  return (tree: Root) => {
    if (offset === 0) return;
    visitElements(tree, (element) => {
      const level = HEADING.exec(element.tagName)?.[1];
      if (level) element.tagName = `h${Math.min(6, Number(level) + offset)}`;
    });
  };
}

// Runs after sanitizing: the schema strips `rel`, and this value is ours, not the author's.
function rehypeExternalLinkRel() {
  return (tree: Root) => {
    visitElements(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName === "a" && typeof href === "string" && /^https?:\/\//i.test(href)) {
        element.properties.rel = ["noopener", "noreferrer"];
      }
    });
  };
}

function visitElements(node: Root | RootContent, visit: (element: Element) => void): void {
  if (node.type === "element") visit(node);
  if ("children" in node) for (const child of node.children) visitElements(child, visit);
}
