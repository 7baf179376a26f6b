// Merge fields in staff-written email templates: {{candidate.firstName}} and friends. Pure, so
// the board's preview (browser) and the sender (server) render exactly the same text.
import { preferredFirstName } from "@/lib/format/names";
import { escapeHtml } from "@/lib/utils/escape-html";

export type MergeData = {
  candidate: { firstName: string; lastName: string; preferredName: string | null };
  job: { title: string };
  organization: { name: string };
  application: { reference: string };
  sender: { name: string };
};

const FIELDS = {
  "candidate.firstName": (data: MergeData) => data.candidate.firstName,
  "candidate.lastName": (data: MergeData) => data.candidate.lastName,
  // People who gave a preferred name are greeted by it; everyone else by their first name.
  "candidate.preferredName": (data: MergeData) => preferredFirstName(data.candidate),
  "job.title": (data: MergeData) => data.job.title,
  "organization.name": (data: MergeData) => data.organization.name,
  "application.reference": (data: MergeData) => data.application.reference,
  "sender.name": (data: MergeData) => data.sender.name,
} as const satisfies Record<string, (data: MergeData) => string>;

export type MergeField = keyof typeof FIELDS;

export const MERGE_FIELDS = Object.keys(FIELDS) as MergeField[];

// Whitespace inside the braces is allowed ({{ job.title }}); anything else between the braces is
// a field name, so a typo is reported instead of being sent to a candidate as raw braces.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isMergeField(name: string): name is MergeField {
  return Object.hasOwn(FIELDS, name);
}

/** Field names used in `template` that do not exist; empty when the template is valid. */
export function listUnknownMergeFields(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (!isMergeField(name)) unknown.add(name);
  }
  return [...unknown];
}

export class UnknownMergeFieldError extends Error {
  constructor(readonly fields: string[]) {
    super(`Unknown merge field${fields.length === 1 ? "" : "s"}: ${fields.map((field) => `{{${field}}}`).join(", ")}`);
    this.name = "UnknownMergeFieldError";
  }
}

type RenderOptions = {
  /**
   * "text" (default) leaves values as they are; "html" escapes the values and the template's own
   * text, because both are plain text: a candidate named "<b>Ada</b>" must not become bold.
   */
  format?: "text" | "html";
};

/** Replaces every merge field; throws UnknownMergeFieldError rather than send a broken email. */
export function renderTemplate(template: string, data: MergeData, { format = "text" }: RenderOptions = {}): string {
  const unknown = listUnknownMergeFields(template);
  if (unknown.length > 0) throw new UnknownMergeFieldError(unknown);
  const escape = format === "html" ? escapeHtml : (text: string) => text;
  let output = "";
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    output += escape(template.slice(last, match.index));
    output += escape(FIELDS[match[1] as MergeField](data));
    last = match.index + match[0].length;
  }
  return output + escape(template.slice(last));
}

/** Plain-text email body as simple HTML: blank lines start paragraphs, single newlines break lines. */
export function renderTemplateAsHtml(template: string, data: MergeData): string {
  return renderTemplate(template.replace(/\r\n?/g, "\n").trim(), data, { format: "html" })
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br>\n")}</p>`)
    .join("\n");
}
