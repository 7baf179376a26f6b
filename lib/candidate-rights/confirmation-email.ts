import "server-only";
import type { DbTransaction } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { PRIVATE_LINK_PLACEHOLDER } from "@/lib/email/private-link";
import { findApplicantIdentity } from "@/lib/candidates/applicant-identity";
import { candidateEmailText } from "@/lib/email/candidate-email-text";
import type { EmailLanguage } from "@/lib/email/templates/email-text";
import { preferredFirstName } from "@/lib/format/names";
import { statusPageUrl } from "./status-link";

export type CandidateEmailCommon = EmailLanguage & {
  firstName: string;
  jobTitle: string;
  organizationName: string;
  reference: string;
  statusUrl: string;
};

type RenderedEmail = { subject: string; text: string; html: string };

/**
 * Puts a confirmation of the candidate's action in the outbox, in the action's transaction, on
 * the application's and the candidate's timeline. `render` gets the names every such email uses.
 * It goes to the address the application was made with (never another address a merge joined to
 * the record), and the stored copy has a placeholder where the status link goes: the outbox puts
 * the link in only as it sends the message (lib/email/private-link.ts). It speaks the language the
 * application was made in (Application.locale; decision 0042).
 */
export async function queueCandidateEmail(
  tx: DbTransaction,
  {
    applicationId,
    statusToken,
    template,
    render,
  }: {
    applicationId: string;
    /** Null for news that carries no link (an offer withdrawn or expired): the body must not use statusUrl. */
    statusToken: string | null;
    template: string;
    render: (common: CandidateEmailCommon) => RenderedEmail;
  },
): Promise<string> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      reference: true,
      candidateId: true,
      emailNormalized: true,
      locale: true,
      job: { select: { title: true, organization: { select: { name: true } } } },
    },
  });
  const applicant = await findApplicantIdentity(tx, application);
  if (!applicant) throw new Error(`Application ${applicationId} has no record of who applied with its address`);
  const email = render({
    ...(await candidateEmailText(application.locale)),
    firstName: preferredFirstName(applicant),
    jobTitle: application.job.title,
    organizationName: application.job.organization.name,
    reference: application.reference,
    statusUrl: PRIVATE_LINK_PLACEHOLDER,
  });
  return enqueueEmail(tx, {
    to: applicant.email,
    ...email,
    template,
    applicationId,
    candidateId: application.candidateId,
    privateLink: statusToken ? statusPageUrl(statusToken) : undefined,
  });
}
