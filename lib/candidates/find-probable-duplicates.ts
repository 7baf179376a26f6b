import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applicationSummarySelect, toApplicationSummary } from "./get-candidate-profile";
import { normalizePersonName, normalizePhone, normalizeProfileUrl, PHONE_DIGITS_COMPARED } from "./normalize-identity";

export type DuplicateReason = "email" | "name-and-phone" | "name-and-linkedin" | "name-and-github";

type IdentityRow = {
  id: string;
  firstName: string;
  lastName: string;
  emailNormalized: string;
  phone: string | null;
  linkedinUrl: string | null;
  githubUrl: string | null;
};

const identitySelect = { id: true, firstName: true, lastName: true, emailNormalized: true, phone: true, linkedinUrl: true, githubUrl: true } as const;
const MAX_MATCHES = 50;

/** LIKE pattern for "contains", with LIKE's own wildcards escaped. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * Other candidates who are probably the same person (docs/decisions/0008): same email, or same
 * name and the same phone, LinkedIn or GitHub. Merged and erased candidates are left out, and
 * so is any candidate none of whose applications the actor may see.
 */
export async function findProbableDuplicates({ actor, candidateId }: { actor: Actor; candidateId: string }) {
  assertCan(actor, "application.read");
  const self = await db.candidate.findFirst({
    where: { id: candidateId, applications: { some: applicationsVisibleTo(actor) } },
    select: identitySelect,
  });
  if (!self) throw new AppError("NOT_FOUND", "That candidate does not exist or is not visible to you.");

  const phone = normalizePhone(self.phone);
  const linkedin = normalizeProfileUrl(self.linkedinUrl);
  const github = normalizeProfileUrl(self.githubUrl);
  // The phone and link conditions are evaluated in SQL (the candidate table can be large); the
  // name is confirmed below, where Unicode normalization strips accents exactly.
  const loose = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Candidate"
     WHERE "id" <> ${self.id} AND "mergedIntoId" IS NULL AND "anonymizedAt" IS NULL
       AND ("emailNormalized" = ${self.emailNormalized}
         OR (${phone}::text IS NOT NULL
             AND right(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), ${PHONE_DIGITS_COMPARED}::int) = ${phone}::text)
         OR (${linkedin}::text IS NOT NULL AND lower("linkedinUrl") LIKE ${linkedin ? containsPattern(linkedin) : ""})
         OR (${github}::text IS NOT NULL AND lower("githubUrl") LIKE ${github ? containsPattern(github) : ""}))
     LIMIT ${MAX_MATCHES}`;
  if (loose.length === 0) return [];

  const others = await db.candidate.findMany({
    where: { id: { in: loose.map((row) => row.id) } },
    select: {
      ...identitySelect,
      preferredName: true,
      email: true,
      applications: { where: applicationsVisibleTo(actor), orderBy: { submittedAt: "desc" }, select: applicationSummarySelect },
    },
  });

  return others
    .map((other) => ({ other, reasons: duplicateReasons(self, other) }))
    .filter(({ other, reasons }) => reasons.length > 0 && other.applications.length > 0)
    .map(({ other, reasons }) => ({
      candidateId: other.id,
      firstName: other.firstName,
      lastName: other.lastName,
      preferredName: other.preferredName,
      email: other.email,
      reasons,
      applications: other.applications.map(toApplicationSummary),
    }));
}

export type ProbableDuplicate = Awaited<ReturnType<typeof findProbableDuplicates>>[number];

/** Why two candidate records look like one person; empty when they do not. */
export function duplicateReasons(a: IdentityRow, b: IdentityRow): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (a.emailNormalized === b.emailNormalized) reasons.push("email");
  if (normalizePersonName(a.firstName, a.lastName) !== normalizePersonName(b.firstName, b.lastName)) return reasons;
  const same = (x: string | null, y: string | null) => x !== null && x === y;
  if (same(normalizePhone(a.phone), normalizePhone(b.phone))) reasons.push("name-and-phone");
  if (same(normalizeProfileUrl(a.linkedinUrl), normalizeProfileUrl(b.linkedinUrl))) reasons.push("name-and-linkedin");
  if (same(normalizeProfileUrl(a.githubUrl), normalizeProfileUrl(b.githubUrl))) reasons.push("name-and-github");
  return reasons;
}
