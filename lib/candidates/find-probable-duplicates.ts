import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { applicationSummarySelect, toApplicationSummary } from "./get-candidate-profile";
import { normalizePersonName, normalizePhone, normalizeProfileUrl } from "./normalize-identity";

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

const identitySelect = {
  id: true,
  firstName: true,
  lastName: true,
  emailNormalized: true,
  phone: true,
  linkedinUrl: true,
  githubUrl: true,
} as const;
const MAX_MATCHES = 200;

// The same expressions as the indexes of migration 20261127230826_candidate_duplicate_keys (so
// Postgres can use them) and as normalizePhone / normalizeProfileUrl (so the keys agree).
const phoneKey = Prisma.sql`right(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), 9)`;
const urlKey = (column: "linkedinUrl" | "githubUrl") =>
  Prisma.sql`rtrim(split_part(split_part(regexp_replace(lower(btrim(${Prisma.raw(`"${column}"`)})), '^([a-z][a-z0-9+.-]*://)?(www\\.|m\\.)?', ''), '?', 1), '#', 1), '/')`;

type LookupKeys = { id: string; email: string; phone: string | null; linkedin: string | null; github: string | null };

/** Ids of unmerged, not erased candidates sharing the email, the phone key or a link key. */
export function probableDuplicateQuery({ id, email, phone, linkedin, github }: LookupKeys): Prisma.Sql {
  const conditions = [Prisma.sql`"emailNormalized" = ${email}`];
  if (phone) conditions.push(Prisma.sql`${phoneKey} = ${phone}`);
  if (linkedin) conditions.push(Prisma.sql`${urlKey("linkedinUrl")} = ${linkedin}`);
  if (github) conditions.push(Prisma.sql`${urlKey("githubUrl")} = ${github}`);
  return Prisma.sql`
    SELECT "id" FROM "Candidate"
     WHERE "id" <> ${id} AND "mergedIntoId" IS NULL AND "anonymizedAt" IS NULL
       AND (${Prisma.join(conditions, " OR ")})
     LIMIT ${MAX_MATCHES}`;
}

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
  // Phone and links are matched in SQL, on indexed keys; the name is confirmed below, where
  // Unicode normalization strips accents exactly.
  const loose = await db.$queryRaw<{ id: string }[]>(
    probableDuplicateQuery({ id: self.id, email: self.emailNormalized, phone, linkedin, github }),
  );
  if (loose.length === 0) return [];

  const others = await db.candidate.findMany({
    where: { id: { in: loose.map((row) => row.id) } },
    select: {
      ...identitySelect,
      preferredName: true,
      email: true,
      applications: {
        where: applicationsVisibleTo(actor),
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        select: applicationSummarySelect,
      },
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
