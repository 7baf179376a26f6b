import "server-only";
import { db } from "@/lib/db";
import { candidateStatus } from "./candidate-status";
import { hashStatusToken } from "./reference";

/** The status page's view, found by the private token from the confirmation email. */
export async function getApplicationStatusByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const application = await db.application.findUnique({
    where: { statusTokenHash: hashStatusToken(token) },
    select: {
      reference: true,
      status: true,
      submittedAt: true,
      stage: { select: { kind: true } },
      job: { select: { title: true, slug: true, organization: { select: { name: true } } } },
    },
  });
  if (!application) return null;
  return {
    reference: application.reference,
    submittedAt: application.submittedAt,
    jobTitle: application.job.title,
    jobSlug: application.job.slug,
    organizationName: application.job.organization.name,
    ...candidateStatus({ status: application.status, stageKind: application.stage.kind }),
  };
}
