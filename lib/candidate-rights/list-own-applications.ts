import "server-only";
import { applicationsOwnedByStatusLink } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { findStatusLinkHolder } from "./status-link";

/** Every application the status link reaches: the ones made with its address (what an erasure would cover). */
export async function listOwnApplications(
  statusToken: string,
): Promise<{ reference: string; jobTitle: string; submittedAt: Date }[]> {
  const holder = await findStatusLinkHolder(db, statusToken);
  if (!holder) return [];
  const applications = await db.application.findMany({
    where: applicationsOwnedByStatusLink(holder),
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { reference: true, submittedAt: true, job: { select: { title: true } } },
  });
  return applications.map((application) => ({
    reference: application.reference,
    jobTitle: application.job.title,
    submittedAt: application.submittedAt,
  }));
}
