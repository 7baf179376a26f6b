import "server-only";
import type { DbTransaction } from "@/lib/db";
import { ANONYMIZED_FIRST_NAME, anonymizedCandidateEmail, anonymizedLastName } from "./placeholders";

/**
 * Replaces the identity on candidate records with "Anonymized #N". N counts erased records, so
 * staff can still tell two anonymized people apart in a list; a record erased before keeps its
 * number. A transaction-scoped advisory lock hands out the numbers one at a time.
 */
export async function anonymizeIdentities(tx: DbTransaction, candidateIds: string[]): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('trellis.anonymized-number'))`;
  const [row] = await tx.$queryRaw<{ highest: number }[]>`
    SELECT coalesce(max(substring("lastName" from 2)::int), 0)::int AS "highest"
      FROM "Candidate"
     WHERE "anonymizedAt" IS NOT NULL AND "lastName" ~ '^#[0-9]{1,9}$'`;
  let next = row?.highest ?? 0;
  const records = await tx.candidate.findMany({
    where: { id: { in: candidateIds } },
    select: { id: true, lastName: true, anonymizedAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const record of records) {
    const number =
      record.anonymizedAt && /^#\d{1,9}$/.test(record.lastName) ? Number(record.lastName.slice(1)) : ++next;
    const email = anonymizedCandidateEmail(record.id);
    await tx.candidate.update({
      where: { id: record.id },
      data: {
        firstName: ANONYMIZED_FIRST_NAME,
        lastName: anonymizedLastName(number),
        preferredName: null,
        pronouns: null,
        email,
        emailNormalized: email,
        phone: null,
        location: null,
        linkedinUrl: null,
        githubUrl: null,
        websiteUrl: null,
        anonymizedAt: record.anonymizedAt ?? new Date(),
      },
      select: { id: true },
    });
  }
}
