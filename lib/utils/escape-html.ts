const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text as HTML that shows it literally, safe in element content and in quoted attribute values.
 * Every HTML string the server builds (emails, the posting description, Job Board fields) escapes
 * with this, so there is one entity style to read and to test against.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
