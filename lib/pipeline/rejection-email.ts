import "server-only";
// Reasons and the optional email of a rejection or withdrawal (single and bulk share these).
import type { Actor } from "@/lib/auth/actor";
import { findApplicantsToWrite, type ApplicantIdentity } from "@/lib/candidates/applicant-identity";
import type { DbTransaction } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderTemplate, renderTemplateAsHtml, UnknownMergeFieldError, type MergeData } from "@/lib/email/merge-fields";
import { AppError } from "@/lib/errors";
import type { RejectionKind } from "@/lib/generated/prisma/enums";
import {
  emailTextFor,
  TEMPLATE_VERSIONS_SELECT,
  type TemplateWithTranslations,
} from "@/lib/email-templates/template-version";
import type { RejectionEmail, RejectionEmailInput } from "./schema";

/** What a close email needs of the application; whom it goes to is findApplicantsToWrite's answer. */
const rejectionRecipientSelect = {
  id: true,
  reference: true,
  candidateId: true,
  emailNormalized: true,
  locale: true,
  candidate: { select: { anonymizedAt: true } },
  job: { select: { title: true, organization: { select: { name: true } } } },
} as const;

/** An application to write to about its close, with the person who applied with it (null: erased). */
export type RejectionRecipient = {
  id: string;
  reference: string;
  candidateId: string;
  /** The language the candidate applied in: a template's version in it is sent when there is one. */
  locale: string;
  applicant: ApplicantIdentity | null;
  job: { title: string; organization: { name: string } };
};

/**
 * The recipients of a rejection or withdrawal email, by application id. Each is the applicant who
 * made that application, at the address they made it with, named as they gave their name: after
 * a merge the record may hold someone else (a look-alike a recruiter took for the same person),
 * who must not receive this person's news (lib/candidates/applicant-identity.ts).
 */
export async function findRejectionRecipients(
  tx: DbTransaction,
  applicationIds: string[],
): Promise<Map<string, RejectionRecipient>> {
  const rows = await tx.application.findMany({
    where: { id: { in: applicationIds } },
    orderBy: { id: "asc" },
    select: rejectionRecipientSelect,
  });
  const applicants = await findApplicantsToWrite(tx, rows);
  return new Map(
    rows.map((row, index) => [
      row.id,
      {
        id: row.id,
        reference: row.reference,
        candidateId: row.candidateId,
        locale: row.locale,
        applicant: applicants[index] ?? null,
        job: row.job,
      },
    ]),
  );
}

export async function findRejectionReason(tx: DbTransaction, reasonId: number, kind: RejectionKind) {
  const reason = await tx.rejectionReason.findFirst({
    where: { id: reasonId, active: true },
    select: { id: true, kind: true, label: true },
  });
  if (!reason || reason.kind !== kind) {
    throw new AppError("VALIDATION", "Choose one of the listed reasons.", {
      reasonId: ["Choose one of the listed reasons"],
    });
  }
  return reason;
}

/** The sender a candidate sees: the recruiter by name, or the team when the account has none. */
export function senderName(actor: Actor, organizationName: string): string {
  return actor.name?.trim() || `${organizationName} Recruiting`;
}

function mergeDataFor(recipient: RejectionRecipient, applicant: ApplicantIdentity, actor: Actor): MergeData {
  const organization = recipient.job.organization.name;
  return {
    candidate: { firstName: applicant.firstName, lastName: applicant.lastName, preferredName: applicant.preferredName },
    job: { title: recipient.job.title },
    organization: { name: organization },
    application: { reference: recipient.reference },
    sender: { name: senderName(actor, organization) },
  };
}

/** The email of a rejection, with the template it was started from (and its translations), if any. */
export type PreparedRejectionEmail = { written: RejectionEmailInput; template: TemplateWithTranslations | null };

/** Reads the email's template once for a whole (bulk) rejection; a template deleted meanwhile leaves the text as written. */
export async function prepareRejectionEmail(tx: DbTransaction, email: RejectionEmail): Promise<PreparedRejectionEmail> {
  const { templateId, ...written } = email;
  const template = templateId
    ? await tx.emailTemplate.findUnique({
        where: { id: templateId },
        select: TEMPLATE_VERSIONS_SELECT,
      })
    : null;
  return { written, template };
}

/**
 * Renders the (possibly edited) subject and body for this applicant and stores the message in
 * the outbox with the application and candidate ids, so it shows on their timeline. Returns
 * null when there is nobody to write to (an erased candidate).
 */
export async function queueRejectionEmail(
  tx: DbTransaction,
  {
    actor,
    recipient,
    email,
    kind,
  }: { actor: Actor; recipient: RejectionRecipient; email: PreparedRejectionEmail; kind: RejectionKind },
): Promise<string | null> {
  const { applicant } = recipient;
  if (!applicant) return null;
  const data = mergeDataFor(recipient, applicant, actor);
  const { subject, body } = emailTextFor({ ...email, locale: recipient.locale });
  try {
    return await enqueueEmail(tx, {
      to: applicant.email,
      subject: renderTemplate(subject, data),
      text: renderTemplate(body, data),
      html: renderTemplateAsHtml(body, data),
      template: kind === "WE_REJECTED" ? "rejection" : "withdrawal-acknowledged",
      applicationId: recipient.id,
      candidateId: recipient.candidateId,
    });
  } catch (error) {
    if (error instanceof UnknownMergeFieldError) {
      throw new AppError("VALIDATION", error.message, { body: [error.message] });
    }
    throw error;
  }
}
