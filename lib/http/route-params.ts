// The shapes of the identifiers public URLs carry. A value outside its shape names nothing, so
// it is "not found" before any query: a NUL in a slug would otherwise reach Postgres, which
// refuses it in text with an error (a 500 on a page, a 503 "try again" on the API).

/** Job slugs: lower-case letters, digits and hyphens (the job form is stricter: lib/jobs/job-form-schema.ts). */
const JOB_SLUG = /^[a-z0-9-]{1,100}$/;
/** Job Board API board tokens (Organization.boardToken): URL-safe, like Greenhouse's. */
const BOARD_TOKEN = /^[A-Za-z0-9_-]{1,100}$/;
/** Public application references, "TRL-7K3M-9QXD" (lib/submissions/reference.ts). */
const APPLICATION_REFERENCE = /^TRL-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export function isJobSlugParam(value: unknown): value is string {
  return typeof value === "string" && JOB_SLUG.test(value);
}

export function isBoardTokenParam(value: unknown): value is string {
  return typeof value === "string" && BOARD_TOKEN.test(value);
}

export function isApplicationReferenceParam(value: unknown): value is string {
  return typeof value === "string" && APPLICATION_REFERENCE.test(value);
}
