import "server-only";
import { FILLABLE, ownValue } from "@/lib/candidates/contact-details";
import type { Db, DbTransaction } from "@/lib/db";

const identitySelect = {
  id: true,
  firstName: true,
  lastName: true,
  preferredName: true,
  pronouns: true,
  email: true,
  emailNormalized: true,
  phone: true,
  location: true,
  linkedinUrl: true,
  githubUrl: true,
  websiteUrl: true,
  mergeFilledFields: true,
  createdAt: true,
} as const;

export type ApplicantIdentity = {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  email: string;
  phone: string | null;
  location: string | null;
  linkedinUrl: string | null;
  githubUrl: string | null;
  websiteUrl: string | null;
  createdAt: Date;
};

/**
 * The person who applied with `emailNormalized`, with the details they gave: of a candidate
 * record and the records merged into it, the one made with that address (the kept record
 * first). A merge can join applicants of other addresses to the record (a look-alike a recruiter
 * took for the same person); then the details it copied in from them are left out, since only the
 * address proves who holds a status link. Null when no record has that address.
 */
export async function findApplicantIdentity(
  client: Db | DbTransaction,
  { candidateId, emailNormalized }: { candidateId: string; emailNormalized: string },
): Promise<ApplicantIdentity | null> {
  const records = await client.candidate.findMany({
    where: { emailNormalized, OR: [{ id: candidateId }, { mergedIntoId: candidateId }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: identitySelect,
  });
  const record = records.find((row) => row.id === candidateId) ?? records[0];
  if (!record) return null;
  const joinsOtherAddresses = (await client.application.count({ where: { candidateId, emailNormalized: { not: emailNormalized } } })) > 0;
  const identity: ApplicantIdentity = {
    firstName: record.firstName,
    lastName: record.lastName,
    preferredName: record.preferredName,
    pronouns: record.pronouns,
    email: record.email,
    phone: record.phone,
    location: record.location,
    linkedinUrl: record.linkedinUrl,
    githubUrl: record.githubUrl,
    websiteUrl: record.websiteUrl,
    createdAt: record.createdAt,
  };
  if (joinsOtherAddresses) for (const field of FILLABLE) identity[field] = ownValue(record, field);
  return identity;
}

/** The address an email about an application goes to: the one it was made with, as typed. */
export async function applicantAddress(client: Db | DbTransaction, application: { candidateId: string; emailNormalized: string }): Promise<string> {
  return (await findApplicantIdentity(client, application))?.email ?? application.emailNormalized;
}
