// Reads a Job Board application as Greenhouse clients send it: multipart/form-data (files as
// parts) or JSON (files as base64 `<field>_content` + `<field>_content_filename`).
import { readCappedBody } from "@/lib/http/read-capped-body";
import type { RawValue } from "./field-codecs";
import { JobBoardRequestError } from "./job-board-request-error";
import type { RawFields } from "./map-application-fields";

// Two 10 MB documents, base64-encoded in JSON (4/3 larger), plus the answers.
export const MAX_APPLICATION_BODY_BYTES = 30 * 1024 * 1024;

const FILE_FIELDS = ["resume", "cover_letter"] as const;

export type ApplicationBody = {
  fields: RawFields;
  /** Which name a file arrived under when it was not the plain one (resume → resume_content). */
  sentAs: Map<string, string>;
};

export async function readApplicationBody(
  request: Request,
  maxBytes = MAX_APPLICATION_BODY_BYTES,
): Promise<ApplicationBody> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (mediaType === "multipart/form-data") return readMultipart(contentType, await readCapped(request, maxBytes));
  if (mediaType === "application/json" || mediaType.endsWith("+json"))
    return readJson(await readCapped(request, maxBytes));
  throw new JobBoardRequestError(415, "Send the application as multipart/form-data or application/json.");
}

function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return readCappedBody(
    request,
    maxBytes,
    () =>
      new JobBoardRequestError(
        413,
        `The request is too large: at most ${Math.floor(maxBytes / (1024 * 1024))} MB, and each document at most 10 MB.`,
      ),
  );
}

async function readMultipart(contentType: string, bytes: Uint8Array<ArrayBuffer>): Promise<ApplicationBody> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new JobBoardRequestError(400, "The multipart body is malformed.");
  }
  const fields: RawFields = new Map();
  for (const [rawName, value] of form.entries()) {
    // `question_7[]` is how HTML forms (and Greenhouse's example) post a multi select.
    const isList = rawName.endsWith("[]");
    const name = isList ? rawName.slice(0, -2) : rawName;
    const earlier = fields.get(name);
    if (earlier === undefined) fields.set(name, isList ? [value] : value);
    else fields.set(name, Array.isArray(earlier) ? [...earlier, value] : [earlier, value]);
  }
  return { fields, sentAs: new Map() };
}

function readJson(bytes: Uint8Array): ApplicationBody {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new JobBoardRequestError(400, "The JSON body is malformed.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new JobBoardRequestError(400, "The JSON body must be an object of application fields.");
  }
  const fields: RawFields = new Map();
  for (const [name, value] of Object.entries(body)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      // Greenhouse's `data_compliance: { gdpr_retention_consent_given: true }` ≙ multipart `data_compliance[…]`.
      for (const [key, inner] of Object.entries(value)) fields.set(`${name}[${key}]`, inner as RawValue);
    } else {
      fields.set(name, value as RawValue);
    }
  }
  const sentAs = new Map<string, string>();
  const errors: Record<string, string[]> = {};
  for (const name of FILE_FIELDS) decodeBase64File(fields, name, sentAs, errors);
  if (Object.keys(errors).length > 0) throw new JobBoardRequestError(400, "Some documents could not be read.", errors);
  return { fields, sentAs };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64File(
  fields: RawFields,
  name: string,
  sentAs: Map<string, string>,
  errors: Record<string, string[]>,
): void {
  const contentName = `${name}_content`;
  const fileNameField = `${name}_content_filename`;
  const content = fields.get(contentName);
  const fileName = fields.get(fileNameField);
  fields.delete(contentName);
  fields.delete(fileNameField);
  if (content === undefined || content === null || content === "") {
    if (fileName !== undefined) errors[contentName] = [`Send the file's bytes in \`${contentName}\`, base64-encoded`];
    return;
  }
  const compact = typeof content === "string" ? content.replace(/\s+/g, "") : "";
  if (!compact || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    errors[contentName] = ["Send the file's bytes base64-encoded"];
    return;
  }
  if (typeof fileName !== "string" || fileName.trim() === "") {
    errors[fileNameField] = ["Give the file's name, e.g. resume.pdf"];
    return;
  }
  if (fields.has(name)) {
    errors[name] = [`Send the ${name.replace("_", " ")} once: either \`${name}\` or \`${contentName}\``];
    return;
  }
  fields.set(name, new File([Buffer.from(compact, "base64")], fileName.trim()));
  sentAs.set(name, contentName);
}
