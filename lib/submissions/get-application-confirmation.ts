import "server-only";
import { findApplicantIdentity } from "@/lib/candidates/applicant-identity";
import { db } from "@/lib/db";
import { isApplicationReferenceParam, isJobSlugParam } from "@/lib/http/route-params";

/** What the confirmation page may show to whoever holds the reference: nothing personal beyond a masked email. */
export async function getApplicationConfirmation(jobSlug: string, reference: unknown) {
  // Both come from the URL (?reference= may even repeat): the wrong shape names no application.
  if (!isJobSlugParam(jobSlug) || !isApplicationReferenceParam(reference)) return null;
  const application = await db.application.findFirst({
    where: { reference, job: { slug: jobSlug } },
    select: {
      reference: true,
      job: { select: { title: true, organization: { select: { name: true } } } },
      candidateId: true,
      emailNormalized: true,
    },
  });
  if (!application) return null;
  // The address its confirmation went to, not the record's (a merge may have joined another's).
  const applicant = await findApplicantIdentity(db, application);
  return {
    reference: application.reference,
    jobTitle: application.job.title,
    organizationName: application.job.organization.name,
    maskedEmail: maskEmail(applicant?.email ?? application.emailNormalized),
  };
}

export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${"•".repeat(Math.max(2, Math.min(local.length - 1, 6)))}@${domain}`;
}
