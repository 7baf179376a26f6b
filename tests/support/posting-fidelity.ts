// Checks that a posting converted to Markdown sections still says everything its HTML source
// said: every text block, list item, heading, bold phrase and link. Used by tests/unit/seed-posting.test.ts.
export type SectionLike = { heading: string | null; bodyMarkdown: string };

const BLOCK_TAG = /<\/?(?:p|li|ul|ol|div|h[1-6]|br)\b[^>]*>/gi;

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return named[code.toLowerCase()] ?? entity;
  });
}

/** Collapses every run of whitespace (including no-break spaces) into one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

function plainText(html: string): string {
  return normalizeSpace(decodeEntities(html.replace(/<[^>]+>/g, "")));
}

/** The text of every block of the HTML (paragraphs, list items, headings, leaf divs), in order. */
export function htmlTextBlocks(html: string): string[] {
  return html
    .split(BLOCK_TAG)
    .map(plainText)
    .filter((text) => text.length > 0);
}

function innerTexts(html: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "gi");
  return [...html.matchAll(pattern)].map((match) => plainText(match[1] ?? ""));
}

export function htmlLinks(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)].map((match) => ({
    href: decodeEntities(match[1] ?? ""),
    text: plainText(match[2] ?? ""),
  }));
}

export function sectionsToMarkdown(sections: SectionLike[]): string {
  return sections
    .map((section) => (section.heading ? `## ${section.heading}\n\n` : "") + section.bodyMarkdown)
    .join("\n\n");
}

/** What a reader sees of the Markdown: no emphasis markers, link text only, no list bullets. */
export function markdownPlainText(markdown: string): string {
  return normalizeSpace(
    markdown
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\*\*/g, "")
      .replace(/^(?:#{1,6}|-) /gm, ""),
  );
}

/** Everything of the source that the converted sections lost; empty when nothing is missing. */
export function findPostingDifferences(html: string, sections: SectionLike[]): string[] {
  const markdown = sectionsToMarkdown(sections);
  const plain = markdownPlainText(markdown);
  const problems: string[] = [];

  let searchFrom = 0;
  for (const block of htmlTextBlocks(html)) {
    const at = plain.indexOf(block, searchFrom);
    if (at === -1) problems.push(plain.includes(block) ? `out of order: ${block}` : `missing text: ${block}`);
    else searchFrom = at + block.length;
  }

  const bulletLines = markdown
    .split("\n")
    .filter((line) => line.startsWith("- "))
    .map((line) => normalizeSpace(line.slice(2)));
  const listItems = innerTexts(html, "li");
  for (const item of listItems) {
    if (!bulletLines.includes(item)) problems.push(`not a list item: ${item}`);
  }
  if (bulletLines.length !== listItems.length)
    problems.push(`list items: ${listItems.length} in source, ${bulletLines.length} converted`);

  const headings = sections.map((section) => section.heading);
  for (const heading of innerTexts(html, "h[1-6]")) {
    if (!headings.includes(heading)) problems.push(`not a section heading: ${heading}`);
  }

  const links = htmlLinks(html);
  const markdownLinks = [...markdown.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)].map((match) => ({
    text: markdownPlainText(match[1] ?? ""),
    href: match[2] ?? "",
  }));
  for (const link of links) {
    if (!markdownLinks.some((candidate) => candidate.href === link.href && candidate.text === link.text)) {
      problems.push(`missing link: [${link.text}](${link.href})`);
    }
  }
  if (markdownLinks.length !== links.length)
    problems.push(`links: ${links.length} in source, ${markdownLinks.length} converted`);

  const boldInMarkdown = [...markdown.matchAll(/\*\*([\s\S]*?)\*\*/g)].map((match) =>
    markdownPlainText(match[1] ?? ""),
  );
  for (const bold of innerTexts(html, "strong")) {
    if (!boldInMarkdown.includes(bold) && !headings.includes(bold)) problems.push(`not bold: ${bold}`);
  }
  return problems;
}
