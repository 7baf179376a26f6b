import "server-only";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import type { ApplicationFormContext } from "./form-context";

/** Every legal text the form shows, rendered once on the server, keyed by FormVersion id. */
export function legalTextsAsHtml(context: ApplicationFormContext): Record<string, string> {
  const forms = [
    ...Object.values(context.legal),
    ...(context.selfId ? [context.selfId.invitation, ...Object.values(context.selfId.forms)] : []),
  ];
  return Object.fromEntries(forms.map((form) => [form.id, renderMarkdown(form.bodyMarkdown, { headingOffset: 2 })]));
}
