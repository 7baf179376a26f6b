import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { normalizeEmail } from "@/lib/format/email";
import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import { toFieldErrors } from "./field-errors";
import { emailField, submissionKeyField } from "./schema-fields";
import { submitApplication, type SubmittedApplication } from "./submit-application";
import { loadSubmissionSnapshot } from "./submission-snapshot";

type ApplyToJob = {
  job: { slug: string } | { id: number };
  /** Untrusted: the parsed JSON of the form or the API request, with File objects for documents. */
  payload: unknown;
  source: ApplicationSource;
  /** The Job Board API client's own name, when it gives one. */
  apiClient?: string;
  /** The language of the form the candidate filled in (English for the Job Board API). */
  locale?: Locale;
};

/**
 * The one way an application enters Trellis, used by the careers form and the Job Board API:
 * the same schema as the browser form, then the checks that need the database. The job, its form
 * and any earlier application with this key or email are read in one round trip, before parsing.
 */
export async function applyToJob({
  job,
  payload,
  source,
  apiClient,
  locale = DEFAULT_LOCALE,
}: ApplyToJob): Promise<SubmittedApplication> {
  const snapshot = await loadSubmissionSnapshot(job, lookupKeysOf(payload), { language: locale });
  const parsed = snapshot.form.schema.safeParse(payload);
  if (!parsed.success) {
    throw new CandidateRefusal("VALIDATION", "answersNeedAttention", {}, undefined, toFieldErrors(parsed.error));
  }
  return submitApplication({ snapshot, input: parsed.data, source, apiClient, locale });
}

/**
 * The submission key and email as the schema will read them, or null where the schema would refuse
 * them: nothing stored can match those, and the raw value may hold what Postgres refuses (a NUL).
 */
function lookupKeysOf(payload: unknown) {
  const { submissionKey, email } = (payload && typeof payload === "object" ? payload : {}) as Record<string, unknown>;
  const key = submissionKeyField.safeParse(submissionKey);
  const address = emailField.safeParse(email);
  return {
    submissionKey: key.success ? key.data : null,
    emailNormalized: address.success ? normalizeEmail(address.data) : null,
  };
}
