import "server-only";
import type { DbTransaction } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { statusPageUrl } from "./status-link";

export type CandidateEmailCommon = { firstName: string; jobTitle: string; organizationName: string; reference: string; statusUrl: string };

type RenderedEmail = { subject: string; text: string; html: string };

/**
 * Puts a confirmation of the candidate's action in the outbox, in the action's transaction, on
 * the application's and the candidate's timeline. `render` gets the names every such email uses.
 */
export async function queueCandidateEmail(
  tx: DbTransaction,
  { applicationId, statusToken, template, render }: { applicationId: string; statusToken: string; template: string; render: (common: CandidateEmailCommon) => RenderedEmail },
): Promise<string> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      reference: true,
      candidate: { select: { id: true, email: true, firstName: true, preferredName: true } },
      job: { select: { title: true, organization: { select: { name: true } } } },
    },
  });
  const email = render({
    firstName: application.candidate.preferredName ?? application.candidate.firstName,
    jobTitle: application.job.title,
    organizationName: application.job.organization.name,
    reference: application.reference,
    statusUrl: statusPageUrl(statusToken),
  });
  return enqueueEmail(tx, { to: application.candidate.email, ...email, template, applicationId, candidateId: application.candidate.id });
}
