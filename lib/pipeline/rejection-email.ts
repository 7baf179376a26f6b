import "server-only";
// Reasons and the optional email of a rejection or withdrawal (single and bulk share these).
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderTemplate, renderTemplateAsHtml, UnknownMergeFieldError, type MergeData } from "@/lib/email/merge-fields";
import { AppError } from "@/lib/errors";
import type { RejectionKind } from "@/lib/generated/prisma/enums";
import type { RejectionEmailInput } from "./schema";

/** What an email to the candidate needs; names only, nothing sensitive. */
export const rejectionRecipientSelect = {
  id: true,
  reference: true,
  candidate: { select: { id: true, firstName: true, lastName: true, preferredName: true, email: true, anonymizedAt: true } },
  job: { select: { title: true, organization: { select: { name: true } } } },
} as const;

export type RejectionRecipient = {
  id: string;
  reference: string;
  candidate: { id: string; firstName: string; lastName: string; preferredName: string | null; email: string; anonymizedAt: Date | null };
  job: { title: string; organization: { name: string } };
};

export async function findRejectionReason(tx: DbTransaction, reasonId: number, kind: RejectionKind) {
  const reason = await tx.rejectionReason.findFirst({ where: { id: reasonId, active: true }, select: { id: true, kind: true, label: true } });
  if (!reason || reason.kind !== kind) {
    throw new AppError("VALIDATION", "Choose one of the listed reasons.", { reasonId: ["Choose one of the listed reasons"] });
  }
  return reason;
}

/** The sender a candidate sees: the recruiter by name, or the team when the account has none. */
export function senderName(actor: Actor, organizationName: string): string {
  return actor.name?.trim() || `${organizationName} Recruiting`;
}

export function mergeDataFor(recipient: RejectionRecipient, actor: Actor): MergeData {
  const organization = recipient.job.organization.name;
  return {
    candidate: {
      firstName: recipient.candidate.firstName,
      lastName: recipient.candidate.lastName,
      preferredName: recipient.candidate.preferredName,
    },
    job: { title: recipient.job.title },
    organization: { name: organization },
    application: { reference: recipient.reference },
    sender: { name: senderName(actor, organization) },
  };
}

/**
 * Renders the (possibly edited) subject and body for this candidate and stores the message in
 * the outbox with the application and candidate ids, so it shows on their timeline. Returns
 * null when there is nobody to write to (an erased candidate).
 */
export async function queueRejectionEmail(
  tx: DbTransaction,
  { actor, recipient, email, kind }: { actor: Actor; recipient: RejectionRecipient; email: RejectionEmailInput; kind: RejectionKind },
): Promise<string | null> {
  if (recipient.candidate.anonymizedAt) return null;
  const data = mergeDataFor(recipient, actor);
  try {
    return await enqueueEmail(tx, {
      to: recipient.candidate.email,
      subject: renderTemplate(email.subject, data),
      text: renderTemplate(email.body, data),
      html: renderTemplateAsHtml(email.body, data),
      template: kind === "WE_REJECTED" ? "rejection" : "withdrawal-acknowledged",
      applicationId: recipient.id,
      candidateId: recipient.candidate.id,
    });
  } catch (error) {
    if (error instanceof UnknownMergeFieldError) {
      throw new AppError("VALIDATION", error.message, { body: [error.message] });
    }
    throw error;
  }
}
