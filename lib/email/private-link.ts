// A link that is a credential (a candidate's status link) goes into an email only on its way out:
// the stored copy of the message, which staff read on the timeline and candidates get in their
// export, holds this placeholder instead (docs/decisions/0016-candidate-status-link.md).
import { escapeHtml } from "@/lib/utils/escape-html";

/** What a stored email says where its private link was. Plain text, the same escaped as HTML. */
export const PRIVATE_LINK_PLACEHOLDER = "[private status link, removed from our copy]";

/** A stored body as it is sent: the placeholder replaced by the link (escaped for an HTML body). */
export function withPrivateLink(body: string, link: string | null, format: "text" | "html" = "text"): string {
  if (!link) return body;
  return body.replaceAll(PRIVATE_LINK_PLACEHOLDER, format === "html" ? escapeHtml(link) : link);
}
