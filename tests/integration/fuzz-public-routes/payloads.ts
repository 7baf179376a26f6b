// Application submissions as fast-check generates them, for both ways in: the careers form's
// endpoint (multipart: a "payload" JSON part and documents) and the Job Board API (JSON or
// multipart, Greenhouse field names). A submission starts valid and gets 0 to 4 changes (a field
// removed, or set to any value at all), or is replaced by a body that is no application at all.
import fc from "fast-check";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import { validApplicationPayload, validGreenhousePayload } from "../../support/application-payload";
import { disguisedExecutable, minimalPdf } from "../../support/documents";
import {
  hostileString,
  hostileValue,
  leafPaths,
  PATH_TRAVERSAL_NAMES,
  withPath,
} from "../hostile-input/hostile-values";

type Change = { path: readonly string[]; value: unknown };
/** What to send: the changes to a valid application, or a raw body with a content type. */
export type SubmissionPlan =
  { kind: "fields"; changes: Change[]; file?: File } | { kind: "raw"; body: string; contentType?: string };

const CONTENT_TYPES = [
  "application/json",
  "multipart/form-data",
  "multipart/form-data; boundary=x",
  "text/plain",
  "application/x-www-form-urlencoded",
  "application/octet-stream",
];

/** A document part as a client might send it: a real PDF, an executable named .pdf, an empty file; hostile names. */
export const documentFile: fc.Arbitrary<File> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...PATH_TRAVERSAL_NAMES),
      hostileString.map((name) => `${name}.pdf`),
    ),
    fc.constantFrom("pdf", "exe", "empty"),
  )
  .map(([name, kind]) => {
    if (kind === "exe") return disguisedExecutable(name);
    if (kind === "empty") return new File([], name, { type: "application/pdf" });
    return new File([minimalPdf("Resume") as BlobPart], name, { type: "application/pdf" });
  });

const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 2 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", "{", "[]", "null", '{"__proto__":{"polluted":1}}', "--x\r\n\r\n--x--"),
);

/** A body that is no application at all, under any content type or none. */
export const rawSubmission: fc.Arbitrary<Extract<SubmissionPlan, { kind: "raw" }>> = fc.record({
  kind: fc.constant("raw" as const),
  body: rawBody,
  contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
});

/** Submissions built around `fieldNames` (leaf paths of a valid submission, plus unknown ones). */
export function submissionPlan(fieldNames: readonly (readonly string[])[]): fc.Arbitrary<SubmissionPlan> {
  const change: fc.Arbitrary<Change> = fc.record({
    path: fc.constantFrom(...fieldNames),
    // undefined removes the field: a missing answer.
    value: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: hostileValue }),
  });
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant("fields" as const),
        changes: fc.array(change, { maxLength: 4 }),
        file: fc.option(documentFile, { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: rawSubmission },
  );
}

/** The careers form's field paths, and a few it does not have. */
export function careersFieldNames(context: ApplicationFormContext): string[][] {
  return [
    ...leafPaths(validApplicationPayload(context)),
    ["unknown"],
    ["answers", "424242"],
    ["tracking", "utm_source"],
    ["constructor"],
  ];
}

/** The careers endpoint's multipart body: the payload JSON beside the documents. */
export function careersBody(
  context: ApplicationFormContext,
  plan: Extract<SubmissionPlan, { kind: "fields" }>,
): { body: FormData; email: unknown } {
  let payload = validApplicationPayload(context);
  for (const { path, value } of plan.changes) payload = withPath(payload, path, value);
  if (plan.file) payload = { ...payload, resume: plan.file };
  const { resume, coverLetterFile, ...answers } = payload;
  const form = new FormData();
  form.set("payload", safeJson(answers));
  if (resume instanceof File) form.set("resume", resume);
  if (coverLetterFile instanceof File) form.set("coverLetterFile", coverLetterFile);
  return { body: form, email: payload.email };
}

/** A complete Job Board application in Greenhouse's field names. */
export function greenhouseFieldNames(context: ApplicationFormContext): string[][] {
  const names = [
    ...Object.keys(validGreenhousePayload(context)),
    "resume_content",
    "resume_content_filename",
    "cover_letter",
    "question_999999",
    "__proto__",
  ];
  return names.map((name) => [name]);
}

/** The Job Board body, as JSON (documents base64-encoded) or as multipart. */
export async function jobBoardBody(
  context: ApplicationFormContext,
  plan: Extract<SubmissionPlan, { kind: "fields" }>,
  asJson: boolean,
): Promise<{ body: BodyInit; contentType?: string; email: unknown }> {
  let fields = validGreenhousePayload(context);
  for (const { path, value } of plan.changes) fields = withPath(fields, path, value);
  if (asJson) {
    if (plan.file)
      Object.assign(fields, {
        resume_content: Buffer.from(await plan.file.arrayBuffer()).toString("base64"),
        resume_content_filename: plan.file.name,
      });
    return { body: safeJson(fields), contentType: "application/json", email: fields.email };
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const each of value) form.append(`${name}[]`, asFormText(each));
    else if (value !== undefined) form.set(name, asFormText(value));
  }
  if (plan.file) form.set("resume", plan.file);
  return { body: form, email: fields.email };
}

/** JSON of anything fast-check makes (BigInts and cycles cannot be JSON: sent as "{}"). */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "null";
  } catch {
    return "{}";
  }
}

function asFormText(value: unknown): string {
  return typeof value === "string" ? value : safeJson(value);
}
