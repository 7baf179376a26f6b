// The application's one transaction: candidate, documents, answers, legal answers, the search
// text, the webhook event and the confirmation email are saved together or not at all.
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { preferredFirstName } from "@/lib/format/names";
import { Prisma } from "@/lib/generated/prisma/client";
import { statusPageUrl } from "@/lib/candidate-rights/status-link";
import { enqueueEmail } from "@/lib/email/outbox";
import { PRIVATE_LINK_PLACEHOLDER } from "@/lib/email/private-link";
import { refreshApplicationSearchText } from "@/lib/search/search-text";
import { candidateEmailText } from "@/lib/email/candidate-email-text";
import { applicationReceivedEmail } from "@/lib/email/templates/application-received";
import { enqueueApplicationEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { isKnockedOut } from "./knockout";
import { queueDocumentText } from "./queue-document-text";
import { recordSelfIdentification } from "./record-self-identification";
import { newApplicationReference, newStatusToken } from "./reference";
import type { StoredDocument } from "./store-document";
import type { SubmitApplication, SubmittedApplication } from "./submit-application";
import { applicationSourceFor, type Tracking } from "./tracking";

/** Whether the application's transaction got as far as sending its COMMIT. */
export type CommitState = { sent: boolean };

type WriteApplication = SubmitApplication & {
  emailNormalized: string;
  stageId: number;
  resume: StoredDocument;
  coverLetter: StoredDocument | undefined;
  commit: CommitState;
};

export async function writeApplication({
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
      select: { id: true, locale: true },
    });
    // Names and email into the applications table's search column; the resume's text follows
    // when it has been read.
    await refreshApplicationSearchText(tx, application.id);
    await enqueueApplicationEvent(tx, "application.created", application.id);
    await recordSelfIdentification(tx, context, input.selfIdentification);
    const email = applicationReceivedEmail({
      // In the language the candidate applied in (Application.locale, decision 0042).
      ...(await candidateEmailText(application.locale)),
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
