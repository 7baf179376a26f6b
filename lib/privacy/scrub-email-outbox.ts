import "server-only";
import type { DbTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/utils/like-pattern";
import { anonymizedCandidateEmail, ERASED_EMAIL_SUBJECT, UNSENT_BECAUSE_ERASED } from "./placeholders";

type Person = { candidateIds: string[]; emails: string[]; applicationIds: string[]; interviewIds: string[] };

/**
 * Empties every stored email about the person: the ones sent to them (linked to their candidate
 * record or applications, or to their address and no one else's record) and staff emails that
 * name them (a mention, an interview invitation), found by the application or interview id in
 * their links. The rows stay, so the timeline still shows that an email went out and when; one
 * not yet sent never will be.
 */
export async function scrubEmailOutbox(
  tx: DbTransaction,
  person: Person,
  replacementCandidateId: string,
): Promise<number> {
  const markers = [...person.applicationIds, ...person.interviewIds].map(containsPattern);
  const emails = person.emails.map((email) => email.toLowerCase());
  const linked = Prisma.sql`(e."candidateId" = ANY(${person.candidateIds}::text[]) OR e."applicationId" = ANY(${person.applicationIds}::text[]))`;
  // The same address on another, unerased record of theirs (an unmerged duplicate) stays there.
  const toTheirAddress = Prisma.sql`(lower(e."toAddress") = ANY(${emails}::text[])
    AND (e."candidateId" IS NULL OR e."candidateId" = ANY(${person.candidateIds}::text[]))
    AND (e."applicationId" IS NULL OR e."applicationId" = ANY(${person.applicationIds}::text[])))`;
  const namesThem = Prisma.sql`(cardinality(${markers}::text[]) > 0 AND (
    e."subject" LIKE ANY(${markers}::text[]) OR e."textBody" LIKE ANY(${markers}::text[])
    OR e."htmlBody" LIKE ANY(${markers}::text[]) OR e."calendarContent" LIKE ANY(${markers}::text[])))`;
  const unsent = Prisma.sql`e."status" IN ('PENDING', 'SENDING')`;
  return tx.$executeRaw`
    UPDATE "EmailOutbox" AS e
       SET "toAddress" = CASE WHEN ${toTheirAddress} OR (e."userId" IS NULL AND ${linked}) THEN ${anonymizedCandidateEmail(replacementCandidateId)} ELSE e."toAddress" END,
           "subject" = ${ERASED_EMAIL_SUBJECT},
           "textBody" = '',
           "htmlBody" = NULL,
           "calendarContent" = NULL,
           "privateLink" = NULL,
           "status" = CASE WHEN ${unsent} THEN 'FAILED'::"EmailStatus" ELSE e."status" END,
           "lastError" = CASE WHEN ${unsent} THEN ${UNSENT_BECAUSE_ERASED} ELSE e."lastError" END
     WHERE ${linked} OR ${toTheirAddress} OR ${namesThem}`;
}
