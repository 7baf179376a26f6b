// The application's one transaction: candidate, documents, answers, legal answers, the search
// text, the webhook event and the confirmation email are saved together or not at all, by one
// statement (insert-application.ts) built here from the checked answers and the job's form.
import "server-only";
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { preferredFirstName } from "@/lib/format/names";
import { statusPageUrl } from "@/lib/candidate-rights/status-link";
import { PRIVATE_LINK_PLACEHOLDER } from "@/lib/email/private-link";
import { buildSearchKeys, buildSearchText, buildSearchWords, buildSortName } from "@/lib/search/normalize-search-text";
import { candidateEmailText } from "@/lib/email/candidate-email-text";
import { applicationReceivedEmail } from "@/lib/email/templates/application-received";
import { applicationData, webhookBody } from "@/lib/webhooks/payload";
import { applicationOrderKey } from "@/lib/webhooks/enqueue-webhook-event";
import { insertApplication, typed, type ApplicationRows, type CommitState, type Row } from "./insert-application";
import { isKnockedOut } from "./knockout";
import { newId } from "./new-id";
import { selfIdentificationRow } from "./record-self-identification";
import { newApplicationReference, newStatusToken } from "./reference";
import type { StoredDocument } from "./store-document";
import type { SubmitApplication, SubmittedApplication } from "./submit-application";
import { applicationSourceFor, type Tracking } from "./tracking";

export type { CommitState };

type WriteApplication = SubmitApplication & {
  emailNormalized: string;
  resume: StoredDocument;
  coverLetter: StoredDocument | undefined;
  commit: CommitState;
};

const APPLICATION_CREATED = "application.created";

export async function writeApplication({
  form,
  input,
  source,
  apiClient,
  locale,
  emailNormalized,
  resume,
  coverLetter,
  commit,
}: WriteApplication): Promise<SubmittedApplication> {
  const { context } = form;
  const reference = newApplicationReference();
  const statusToken = newStatusToken();
  const now = new Date();
  const at = typed(now.toISOString(), "timestamp(3)");
  // Knockout rules stay on the server: the form never tells a candidate which answer disqualifies.
  const knockedOut = form.knockoutQuestions.some((question) =>
    isKnockedOut(question, input.answers[String(question.id)]),
  );
  const candidateId = newId();
  const applicationId = newId();
  const documents = [
    { ...resume, id: newId(), purpose: "RESUME" },
    ...(coverLetter ? [{ ...coverLetter, id: newId(), purpose: "COVER_LETTER" }] : []),
  ];
  const documentIds = documents.map((document) => document.id);
  const candidate = {
    firstName: input.firstName,
    lastName: input.lastName,
    preferredName: input.preferredName ?? null,
    email: input.email,
  };
  // The applications table's search columns as refreshApplicationSearchText would write them now
  // (lib/search/search-text.ts): names, email and reference; the resume's text follows when read.
  const searchText = buildSearchText({ reference, candidate, resumeText: null, noteBodies: [] });
  const searchKeys = buildSearchKeys({ reference, candidate });
  const stage = form.firstStage;

  const email = applicationReceivedEmail({
    // In the language the candidate applied in (decision 0042; Application.locale, decision 0041).
    ...(await candidateEmailText(locale)),
    firstName: preferredFirstName(input),
    jobTitle: context.jobTitle,
    organizationName: context.organizationName,
    reference,
    // The stored copy never holds the link: the outbox puts it in as it sends (decision 0016).
    statusUrl: PRIVATE_LINK_PLACEHOLDER,
  });
  const confirmationEmailId = newId();
  const answers = Object.entries(input.answers).filter(([, value]) => value !== undefined);

  const rows: ApplicationRows = {
    candidate: {
      id: candidateId,
      ...candidate,
      pronouns: input.pronouns ?? null,
      emailNormalized,
      phone: input.phone,
      location: input.location,
      linkedinUrl: input.linkedinUrl ?? null,
      githubUrl: input.githubUrl ?? null,
      websiteUrl: input.websiteUrl ?? null,
      createdAt: at,
      updatedAt: at,
    },
    documents: documents.map((document): Row => ({
      id: document.id,
      storageKey: document.storageKey,
      purpose: typed(document.purpose, '"FilePurpose"'),
      fileName: document.fileName,
      contentType: document.contentType,
      byteSize: document.byteSize,
      sha256: document.sha256,
      createdAt: at,
    })),
    application: {
      id: applicationId,
      reference,
      jobId: context.jobId,
      candidateId,
      stageId: stage.id,
      emailNormalized,
      submissionKey: input.submissionKey,
      locale,
      source: typed(applicationSourceFor(source, input.tracking), '"ApplicationSource"'),
      sourceDetail: typed(jsonOrNull(sourceDetailOf(input.tracking, apiClient)), "jsonb"),
      coverLetterText: input.coverLetterText ?? null,
      resumeFileId: documentIds[0]!,
      coverLetterFileId: documentIds[1] ?? null,
      knockedOut,
      privacyNoticeVersionId: input.legalVersions.privacyNotice,
      privacyAcknowledgedAt: at,
      keepOnFileConsent: input.keepOnFile,
      statusTokenHash: statusToken.hash,
      statusLinkIssuedAt: at,
      searchText,
      searchWords: buildSearchWords(searchText, searchKeys),
      searchKeys,
      sortName: buildSortName(candidate),
      submittedAt: at,
      lastActivityAt: at,
    },
    answers: answers.map(([questionId, value]) => ({
      id: newId(),
      applicationId,
      questionId: Number(questionId),
      value: typed(JSON.stringify(value), "jsonb"),
    })),
    workAuthorization: {
      applicationId,
      formVersionId: input.legalVersions.workAuthorization,
      authorizedToWork: typed(input.workAuthorization.authorizedToWork, '"YesNo"'),
      requiresSponsorship: typed(input.workAuthorization.requiresSponsorship, '"YesNo"'),
      answeredAt: at,
    },
    exportControl: {
      applicationId,
      formVersionId: input.legalVersions.exportControl,
      canReceiveWithoutLicense: typed(input.exportControl.canReceiveWithoutLicense, '"ExportControlAnswer"'),
      usPerson: typed(input.exportControl.usPerson ?? null, '"UsPersonAnswer"'),
      answeredAt: at,
    },
    accommodationRequest: input.accommodation.requested
      ? {
          id: newId(),
          applicationId,
          formVersionId: input.legalVersions.accommodation,
          kinds: typed(input.accommodation.kinds, '"AccommodationKind"[]'),
          details: input.accommodation.details ?? "",
          preferredContact: typed(input.accommodation.preferredContact ?? "EMAIL", '"ContactMethod"'),
          lastActivityAt: at,
          createdAt: at,
          updatedAt: at,
        }
      : null,
    selfIdentification: selfIdentificationRow(context, input.selfIdentification, now),
    email: {
      id: confirmationEmailId,
      toAddress: input.email,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      template: "application-received",
      applicationId,
      candidateId,
      privateLink: statusPageUrl(statusToken.token),
      createdAt: at,
    },
    webhookEvent: {
      id: `msg_${randomBytes(16).toString("base64url")}`,
      type: APPLICATION_CREATED,
      payload: JSON.stringify(
        webhookBody(
          APPLICATION_CREATED,
          now,
          applicationData(getEnv().APP_URL, {
            id: applicationId,
            candidateId,
            jobId: context.jobId,
            status: "ACTIVE",
            stage,
          }),
        ),
      ),
      orderKey: applicationOrderKey(applicationId),
      createdAt: now.toISOString(),
    },
    queueDocumentText: getEnv().BACKGROUND_JOBS === "worker" ? documentIds : [],
  };
  await insertApplication(rows, commit);
  return { applicationId, reference, replayed: false, confirmationEmailId, documentIds };
}

const jsonOrNull = (value: object | undefined) => (value === undefined ? null : JSON.stringify(value));

function sourceDetailOf(
  tracking: Tracking | undefined,
  apiClient: string | undefined,
): (Tracking & { apiClient?: string }) | undefined {
  const detail = { ...tracking, ...(apiClient && { apiClient }) };
  return Object.keys(detail).length > 0 ? detail : undefined;
}
