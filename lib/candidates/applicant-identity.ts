import "server-only";
// Who applied with an application: the one way to know whom an email about that application goes
// to and how to address them, and what a status link's holder may see of themselves.
import { contactDetailsSelect, FILLABLE, ownValue } from "@/lib/candidates/contact-details";
import type { Db, DbTransaction } from "@/lib/db";

const identitySelect = {
  id: true,
  mergedIntoId: true,
  firstName: true,
  lastName: true,
  email: true,
  emailNormalized: true,
  ...contactDetailsSelect,
  createdAt: true,
} as const;

export type ApplicantIdentity = {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  /** The address the application was made with, as typed: where every email about it goes. */
  email: string;
  phone: string | null;
  location: string | null;
  linkedinUrl: string | null;
  githubUrl: string | null;
  websiteUrl: string | null;
  createdAt: Date;
};

/** An application's record and the address it was made with (Application.candidateId, .emailNormalized). */
export type ApplicantKey = { candidateId: string; emailNormalized: string };

/**
 * The person who applied with `emailNormalized`, with the details they gave: of a candidate
 * record and the records merged into it, the one made with that address (the kept record
 * first). A merge can join applicants of other addresses to the record (a look-alike a recruiter
 * took for the same person); then the details it copied in from them are left out, since only the
 * address proves who the applicant is. Null when no record has that address: the person was
 * erased (their records and applications hold different anonymized addresses), so there is
 * nobody to write to.
 */
export async function findApplicantIdentity(
  client: Db | DbTransaction,
  key: ApplicantKey,
): Promise<ApplicantIdentity | null> {
  return (await findApplicantIdentities(client, [key]))[0] ?? null;
}

/**
 * findApplicantIdentity for many applications in two queries (a bulk rejection writes to up to
 * 500), in the order given.
 */
export async function findApplicantIdentities(
  client: Db | DbTransaction,
  keys: ApplicantKey[],
): Promise<(ApplicantIdentity | null)[]> {
  if (keys.length === 0) return [];
  const candidateIds = [...new Set(keys.map((key) => key.candidateId))];
  const records = await client.candidate.findMany({
    where: {
      emailNormalized: { in: [...new Set(keys.map((key) => key.emailNormalized))] },
      OR: [{ id: { in: candidateIds } }, { mergedIntoId: { in: candidateIds } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: identitySelect,
  });
  const addresses = await client.application.groupBy({
    by: ["candidateId", "emailNormalized"],
    where: { candidateId: { in: candidateIds } },
  });
  return keys.map(({ candidateId, emailNormalized }) => {
    const ofAddress = records.filter(
      (row) => row.emailNormalized === emailNormalized && (row.id === candidateId || row.mergedIntoId === candidateId),
    );
    const record = ofAddress.find((row) => row.id === candidateId) ?? ofAddress[0];
    if (!record) return null;
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
    const joinsOtherAddresses = addresses.some(
      (row) => row.candidateId === candidateId && row.emailNormalized !== emailNormalized,
    );
    if (joinsOtherAddresses) for (const field of FILLABLE) identity[field] = ownValue(record, field);
    return identity;
  });
}

/**
 * The applicant an email about an application is written to; null when the person was erased
 * (nobody to write to). A live application without its applicant's record is a broken invariant,
 * never a reason to fall back to another address.
 */
export async function findApplicantToWrite(
  client: Db | DbTransaction,
  application: ApplicantKey & { id: string; candidate: { anonymizedAt: Date | null } },
): Promise<ApplicantIdentity | null> {
  return (await findApplicantsToWrite(client, [application]))[0] ?? null;
}

/** findApplicantToWrite for many applications, in the order given. */
export async function findApplicantsToWrite(
  client: Db | DbTransaction,
  applications: (ApplicantKey & { id: string; candidate: { anonymizedAt: Date | null } })[],
): Promise<(ApplicantIdentity | null)[]> {
  const live = applications.filter((application) => !application.candidate.anonymizedAt);
  const identities = new Map(
    (await findApplicantIdentities(client, live)).map((identity, index) => [live[index]!.id, identity]),
  );
  return applications.map((application) => {
    if (application.candidate.anonymizedAt) return null;
    const identity = identities.get(application.id);
    if (!identity) throw new Error(`Application ${application.id} has no record of who applied with its address`);
    return identity;
  });
}
