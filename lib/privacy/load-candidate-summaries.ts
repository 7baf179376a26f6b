import "server-only";
import { db } from "@/lib/db";
import { preferredFullName } from "@/lib/format/names";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type CandidatePrivacySummary = {
  id: string;
  name: string;
  email: string;
  legalHold: boolean;
  anonymized: boolean;
  applications: { id: string; reference: string; jobTitle: string; status: ApplicationStatus }[];
};

/** Who a row on the privacy page is about: enough to recognise the person, nothing sensitive. */
export async function loadCandidateSummaries(candidateIds: string[]): Promise<Map<string, CandidatePrivacySummary>> {
  const rows = await db.candidate.findMany({
    where: { id: { in: [...new Set(candidateIds)] } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      preferredName: true,
      email: true,
      legalHold: true,
      anonymizedAt: true,
      applications: {
        select: { id: true, reference: true, status: true, job: { select: { title: true } } },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: preferredFullName(row),
        email: row.email,
        legalHold: row.legalHold,
        anonymized: row.anonymizedAt !== null,
        applications: row.applications.map((application) => ({
          id: application.id,
          reference: application.reference,
          jobTitle: application.job.title,
          status: application.status,
        })),
      },
    ]),
  );
}
