// Greenhouse-named fields → application form payload, and schema error paths → Greenhouse names,
// both through the one field table (application-fields.ts).
import { jobQuestionFieldName, allFields } from "./application-fields";
import type { ApplicationFieldTable } from "./application-field-types";
import type { RawValue } from "./field-codecs";

/** Posted fields by name, after the transport (multipart or JSON, base64 files) is undone. */
export type RawFields = Map<string, RawValue>;

export type MappedApplication = {
  payload: Record<string, unknown>;
  /** Fields this board does not know, by the name the client sent. */
  fieldErrors: Record<string, string[]>;
};

// Greenhouse fields that feed features Trellis does not have; accepted so that an existing
// Greenhouse client keeps working, and ignored.
const IGNORED_FIELDS = new Set(["id", "latitude", "longitude", "mapped_url_token"]);

const TRACKING_FIELDS = new Set(["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"]);

// Other Greenhouse names for a field of the table.
const ALIASES: Record<string, string> = {
  "data_compliance[gdpr_retention_consent_given]": "keep_on_file",
};

const FILE_ONLY = "Trellis checks documents by their content, so it needs the file itself";
const UNSUPPORTED_FIELDS: Record<string, string> = {
  resume_text: `${FILE_ONLY}: send the resume as the file part \`resume\`, or as \`resume_content\` (base64) with \`resume_content_filename\`.`,
  resume_url: `Trellis does not fetch files from other servers: send the resume as \`resume\` or \`resume_content\`.`,
  resume_url_filename: `Trellis does not fetch files from other servers: send the resume as \`resume\` or \`resume_content\`.`,
  cover_letter_url: `Trellis does not fetch files from other servers: send \`cover_letter\`, \`cover_letter_content\` or \`cover_letter_text\`.`,
  cover_letter_url_filename: `Trellis does not fetch files from other servers: send \`cover_letter\`, \`cover_letter_content\` or \`cover_letter_text\`.`,
  educations: "This board does not ask for education history.",
  employments: "This board does not ask for employment history.",
  demographic_answers: "Send voluntary self-identification with the fields listed under `compliance`.",
  "data_compliance[gdpr_consent_given]":
    "Trellis does not rely on consent to consider an application: send `privacy_notice_acknowledged` instead.",
  "data_compliance[gdpr_processing_consent_given]":
    "Trellis does not rely on consent to consider an application: send `privacy_notice_acknowledged` instead.",
};

/**
 * Builds the payload of the application form schema from posted fields. `base` carries what the
 * client does not send (submission key, self-identification versions).
 */
export function mapApplicationFields(
  table: ApplicationFieldTable,
  raw: RawFields,
  base: Record<string, unknown>,
): MappedApplication {
  const payload: Record<string, unknown> = { workAuthorization: {}, exportControl: {}, accommodation: {}, ...base };
  const fieldErrors: Record<string, string[]> = {};
  const fields = new Map(allFields(table).map((each) => [each.name, each]));
  const answered = new Set<string>();
  const tracking: Record<string, RawValue> = {};

  for (const [sent, value] of raw) {
    const target = fields.get(ALIASES[sent] ?? sent);
    if (target) {
      if (answered.has(target.name)) {
        fieldErrors[sent] = [`Send \`${target.name}\` once`];
        continue;
      }
      answered.add(target.name);
      const decoded = target.decode(value);
      if (decoded !== undefined) setPath(payload, target.path, decoded);
    } else if (TRACKING_FIELDS.has(sent)) {
      tracking[sent] = typeof value === "number" ? String(value) : value;
    } else if (!IGNORED_FIELDS.has(sent)) {
      fieldErrors[sent] = [UNSUPPORTED_FIELDS[sent] ?? unknownFieldMessage(sent)];
    }
  }
  for (const each of fields.values()) {
    if (!answered.has(each.name) && each.defaultValue !== undefined) setPath(payload, each.path, each.defaultValue);
  }
  if (Object.keys(tracking).length > 0) payload.tracking = tracking;
  return { payload, fieldErrors };
}

function unknownFieldMessage(name: string): string {
  return /^question_\d+$/.test(name)
    ? "This job has no such question: use the names listed in `questions` of GET /jobs/{job_id}?questions=true"
    : "Unknown field: use the names listed in GET /jobs/{job_id}?questions=true";
}

/**
 * Field errors keyed by schema path ("answers.12", "workAuthorization.authorizedToWork") rekeyed
 * by the Greenhouse name; `sentAs` renames a field to the variant the client used
 * (resume → resume_content).
 */
export function toGreenhouseFieldErrors(
  table: ApplicationFieldTable,
  fieldErrors: Record<string, string[]>,
  sentAs: ReadonlyMap<string, string> = new Map(),
): Record<string, string[]> {
  const nameByPath = new Map(allFields(table).map((each) => [each.path, each.name]));
  const result: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const name = fieldNameForPath(nameByPath, path);
    const shown = sentAs.get(name) ?? name;
    const list = (result[shown] ??= []);
    for (const message of messages) if (!list.includes(message)) list.push(message);
  }
  return result;
}

function fieldNameForPath(nameByPath: ReadonlyMap<string, string>, path: string): string {
  const parts = path.split(".");
  for (let length = parts.length; length > 0; length--) {
    const name = nameByPath.get(parts.slice(0, length).join("."));
    if (name) return name;
  }
  const answer = /^answers\.(\d+)/.exec(path);
  if (answer) return jobQuestionFieldName(Number(answer[1]));
  if (path.startsWith("tracking.")) return path.slice("tracking.".length);
  if (path === "submissionKey") return "Idempotency-Key";
  return path;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node = (next && typeof next === "object" ? next : (node[part] = {})) as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}
