const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text as HTML that shows it literally, safe in element content and in quoted attribute values.
 * Every HTML string the server builds (emails, the posting description, Job Board fields) escapes
 * with this, so there is one entity style to read and to test against.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

// Everything outside XML 1.0's Char production (the control characters other than tab, line feed
// and carriage return; lone surrogates; U+FFFE and U+FFFF): not even a CDATA section may hold one,
// and a single one in a title would make a parser reject the whole document.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as an XML CDATA section that reads back as exactly that text: a `]]>` inside it is split
 * across two sections (`]]` ends one, `>` starts the next), and characters XML cannot carry at all
 * are dropped.
 */
export function xmlCdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML_CHARACTER, "").replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}
