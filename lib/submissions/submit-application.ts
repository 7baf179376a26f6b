import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { preferredFirstName } from "@/lib/format/names";
import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { statusPageUrl } from "@/lib/candidate-rights/status-link";
import { enqueueEmail } from "@/lib/email/outbox";
import { PRIVATE_LINK_PLACEHOLDER } from "@/lib/email/private-link";
import { getQueue } from "@/lib/queue/client";
import { refreshApplicationSearchText } from "@/lib/search/search-text";
import { applicationReceivedEmail } from "@/lib/email/templates/application-received";
import { currentLegalVersionIds, type ApplicationFormContext } from "./form-context";
import { isKnockedOut } from "./knockout";
import { newApplicationReference, newStatusToken } from "./reference";
import type { ApplicationFormInput } from "./schema";
import { applicationSourceFor, type Tracking } from "./tracking";
import { queueDocumentText } from "./queue-document-text";
import { recordSelfIdentification } from "./record-self-identification";
import { removeStoredDocuments, storeDocument, type StoredDocument } from "./store-document";
import { enqueueApplicationEvent } from "@/lib/webhooks/enqueue-webhook-event";

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

type SubmitApplication = {
  context: ApplicationFormContext;
  input: ApplicationFormInput;
  /** The channel (careers site or Job Board API); a referral or agency link refines it. */
  source: ApplicationSource;
  /** The Job Board API client's own name, when it gives one. */
  apiClient?: string;
};

export async function submitApplication({
  context,
  input,
  source,
  apiClient,
}: SubmitApplication): Promise<SubmittedApplication> {
  const emailNormalized = input.email.trim().toLowerCase();
  const earlier = await findEarlierSubmission(context.jobId, input.submissionKey, emailNormalized);
  if (earlier) return earlier;
  assertCurrentLegalVersions(context, input);

  const firstStage = await db.stage.findFirst({
    where: { jobId: context.jobId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  if (!firstStage) throw new Error(`Job ${context.jobId} has no stages`);

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
      context,
      input,
      source,
      apiClient,
      emailNormalized,
      stageId: firstStage.id,
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

/** Whether the application's transaction got as far as sending its COMMIT. */
type CommitState = { sent: boolean };

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
    throw new AppError(
      "ALREADY_APPLIED",
      "You have already applied for this job with this email address. Your confirmation email has a link to follow that application.",
      { email: ["An application with this email address already exists for this job"] },
    );
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
    throw new AppError(
      "FORM_OUTDATED",
      "Some of the wording on this form has been updated since you opened it. Reload the page: your answers are kept in this browser.",
    );
  }
}

type WriteApplication = SubmitApplication & {
  emailNormalized: string;
  stageId: number;
  resume: StoredDocument;
  coverLetter: StoredDocument | undefined;
  commit: CommitState;
};

async function writeApplication({
  context,
  input,
  source,
  apiClient,
  emailNormalized,
  stageId,
  resume,
  coverLetter,
  commit,
}: WriteApplication): Promise<SubmittedApplication> {
  const reference = newApplicationReference();
  const statusToken = newStatusToken();
  // Knockout rules stay on the server: the form never tells a candidate which answer disqualifies.
  const questions = await db.jobQuestion.findMany({
    where: { jobId: context.jobId, knockout: { not: Prisma.AnyNull } },
    select: { id: true, type: true, knockout: true, options: { select: { id: true, label: true } } },
  });
  const knockedOut = questions.some((question) => isKnockedOut(question, input.answers[String(question.id)]));

  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.create({
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        preferredName: input.preferredName,
        pronouns: input.pronouns,
        email: input.email,
        emailNormalized,
        phone: input.phone,
        location: input.location,
        linkedinUrl: input.linkedinUrl,
        githubUrl: input.githubUrl,
        websiteUrl: input.websiteUrl,
      },
      select: { id: true },
    });
    const [resumeFile, coverLetterFile] = await Promise.all([
      tx.storedFile.create({ data: { ...resume, purpose: "RESUME" }, select: { id: true } }),
      coverLetter
        ? tx.storedFile.create({ data: { ...coverLetter, purpose: "COVER_LETTER" }, select: { id: true } })
        : null,
    ]);
    const documentIds = coverLetterFile ? [resumeFile.id, coverLetterFile.id] : [resumeFile.id];
    if (getEnv().BACKGROUND_JOBS === "worker") await queueDocumentText(tx, documentIds);
    const answers = Object.entries(input.answers).filter(([, value]) => value !== undefined);
    const application = await tx.application.create({
      data: {
        reference,
        jobId: context.jobId,
        candidateId: candidate.id,
        stageId,
        emailNormalized,
        submissionKey: input.submissionKey,
        source: applicationSourceFor(source, input.tracking),
        sourceDetail: sourceDetailOf(input.tracking, apiClient),
        coverLetterText: input.coverLetterText,
        resumeFileId: resumeFile.id,
        coverLetterFileId: coverLetterFile?.id,
        knockedOut,
        privacyNoticeVersionId: input.legalVersions.privacyNotice,
        privacyAcknowledgedAt: new Date(),
        keepOnFileConsent: input.keepOnFile,
        statusTokenHash: statusToken.hash,
        statusLinkIssuedAt: new Date(),
        answers: {
          create: answers.map(([questionId, value]) => ({ questionId: Number(questionId), value: value as never })),
        },
        workAuthorization: {
          create: { formVersionId: input.legalVersions.workAuthorization, ...input.workAuthorization },
        },
        exportControl: { create: { formVersionId: input.legalVersions.exportControl, ...input.exportControl } },
        accommodationRequest: input.accommodation.requested
          ? {
              create: {
                formVersionId: input.legalVersions.accommodation,
                kinds: input.accommodation.kinds,
                details: input.accommodation.details ?? "",
                preferredContact: input.accommodation.preferredContact ?? "EMAIL",
              },
            }
          : undefined,
      },
      select: { id: true },
    });
    // Names and email into the applications table's search column; the resume's text follows
    // when it has been read.
    await refreshApplicationSearchText(tx, application.id);
    await enqueueApplicationEvent(tx, "application.created", application.id);
    await recordSelfIdentification(tx, context, input.selfIdentification);
    const email = applicationReceivedEmail({
      firstName: preferredFirstName(input),
      jobTitle: context.jobTitle,
      organizationName: context.organizationName,
      reference,
      // The stored copy never holds the link: the outbox puts it in as it sends (decision 0016).
      statusUrl: PRIVATE_LINK_PLACEHOLDER,
    });
    const confirmationEmailId = await enqueueEmail(tx, {
      to: input.email,
      ...email,
      template: "application-received",
      applicationId: application.id,
      candidateId: candidate.id,
      privateLink: statusPageUrl(statusToken.token),
    });
    // Prisma commits as soon as this callback returns; an error thrown before here rolled back.
    commit.sent = true;
    return { applicationId: application.id, reference, replayed: false, confirmationEmailId, documentIds };
  });
}

function sourceDetailOf(
  tracking: Tracking | undefined,
  apiClient: string | undefined,
): (Tracking & { apiClient?: string }) | undefined {
  const detail = { ...tracking, ...(apiClient && { apiClient }) };
  return Object.keys(detail).length > 0 ? detail : undefined;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}
