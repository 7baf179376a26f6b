import "server-only";
import type { Locale } from "@/i18n/locales";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { normalizeEmail } from "@/lib/format/email";
import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import { getQueue } from "@/lib/queue/client";
import { currentLegalVersionIds, type ApplicationFormContext } from "./form-context";
import type { ApplicationFormInput } from "./schema";
import { removeStoredDocuments, storeDocument, type StoredDocument } from "./store-document";
import type { EarlierApplication, SubmissionForm, SubmissionSnapshot } from "./submission-snapshot";
import { writeApplication, type CommitState } from "./write-application";

export type SubmittedApplication = {
  applicationId: string;
  reference: string;
  /** True when this was a repeat of a submission already stored (double click, retry). */
  replayed: boolean;
  /** Outbox message to deliver once the response is on its way. */
  confirmationEmailId: string | null;
  /** Stored documents whose text is still to be read (finish-submission.ts). */
  documentIds: string[];
};

export type SubmitApplication = {
  /** The job's form as this request read it (submission-snapshot.ts). */
  form: SubmissionForm;
  input: ApplicationFormInput;
  /** The channel (careers site or Job Board API); a referral or agency link refines it. */
  source: ApplicationSource;
  /** The Job Board API client's own name, when it gives one. */
  apiClient?: string;
  /** The language the candidate applied in (Application.locale; their emails are written in it). */
  locale: Locale;
};

export async function submitApplication({
  snapshot,
  input,
  source,
  apiClient,
  locale,
}: Omit<SubmitApplication, "form"> & { snapshot: SubmissionSnapshot }): Promise<SubmittedApplication> {
  const { form } = snapshot;
  const { context } = form;
  const emailNormalized = normalizeEmail(input.email);
  // The snapshot looked earlier applications up by what the payload said before it was parsed;
  // parsing only trims, so this holds, and a payload it did not would be looked up again here.
  const lookedUp =
    snapshot.lookedUp.submissionKey === input.submissionKey && snapshot.lookedUp.emailNormalized === emailNormalized;
  const earlier = lookedUp
    ? earlierSubmission(snapshot.earlier, context.jobId, input.submissionKey)
    : await findEarlierSubmission(context.jobId, input.submissionKey, emailNormalized);
  if (earlier) return earlier;
  assertCurrentLegalVersions(context, input);

  // pg-boss creates its tables and queues when it first starts in a process; the transaction
  // below only inserts into them.
  if (getEnv().BACKGROUND_JOBS === "worker") await getQueue();

  let resume: StoredDocument | undefined;
  let coverLetter: StoredDocument | undefined;
  const commit: CommitState = { sent: false };
  try {
    resume = await storeDocument(input.resume, "resume");
    coverLetter = input.coverLetterFile ? await storeDocument(input.coverLetterFile, "coverLetterFile") : undefined;
    return await writeApplication({
      form,
      input,
      source,
      apiClient,
      locale,
      emailNormalized,
      resume,
      coverLetter,
      commit,
    });
  } catch (error) {
    if (commit.sent) {
      // The COMMIT went out and its answer never came back (the connection dropped): Postgres may
      // have saved the application. If it did, that is the candidate's answer; if it cannot be
      // told, the documents stay for the orphan sweep, which removes them only when no row has
      // referred to them for a long while (sweep-orphan-documents.ts).
      const saved = await findEarlierSubmission(context.jobId, input.submissionKey, emailNormalized).catch(
        () => undefined,
      );
      if (saved) return saved;
      throw error;
    }
    // The transaction never reached its COMMIT, so nothing refers to these documents.
    await removeStoredDocuments([resume, coverLetter]);
    if (isUniqueViolation(error)) {
      // Lost a race with an identical submission (double click) or the same person's other tab.
      const winner = await findEarlierSubmission(context.jobId, input.submissionKey, emailNormalized);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findEarlierSubmission(
  jobId: number,
  submissionKey: string,
  emailNormalized: string,
): Promise<SubmittedApplication | null> {
  // Both unique keys in one round trip: at most two rows.
  const earlier = await db.application.findMany({
    where: { OR: [{ submissionKey }, { jobId, emailNormalized }] },
    select: { id: true, reference: true, jobId: true, submissionKey: true },
  });
  return earlierSubmission(earlier, jobId, submissionKey);
}

/** The stored application a retry gets back, or ALREADY_APPLIED, or null for a new one. */
function earlierSubmission(
  earlier: EarlierApplication[],
  jobId: number,
  submissionKey: string,
): SubmittedApplication | null {
  const sameSubmission = earlier.find((row) => row.submissionKey === submissionKey);
  if (sameSubmission && sameSubmission.jobId === jobId) {
    return {
      applicationId: sameSubmission.id,
      reference: sameSubmission.reference,
      replayed: true,
      confirmationEmailId: null,
      documentIds: [],
    };
  }
  if (earlier.length > 0) {
    throw new CandidateRefusal("ALREADY_APPLIED", "alreadyApplied", {}, { path: "email", key: "alreadyAppliedField" });
  }
  return null;
}

function assertCurrentLegalVersions(context: ApplicationFormContext, input: ApplicationFormInput): void {
  const shown = input.legalVersions;
  const current = currentLegalVersionIds(context);
  const outdated =
    shown.privacyNotice !== current.privacyNotice ||
    shown.workAuthorization !== current.workAuthorization ||
    shown.exportControl !== current.exportControl ||
    shown.accommodation !== current.accommodation ||
    shown.selfId.some((id) => !current.selfId.includes(id));
  if (outdated) {
    throw new CandidateRefusal("FORM_OUTDATED", "formOutdated");
  }
}

// Postgres's unique_violation, as Prisma (P2002) or node-pg (23505, insert-application.ts) reports it.
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === "P2002" || code === "23505";
}
