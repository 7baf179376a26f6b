import "server-only";
import { applicationsOwnedByStatusLink } from "@/lib/auth/permissions";
import { hashStatusToken, newStatusToken } from "@/lib/submissions/reference";
import type { Db, DbTransaction } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { CandidateRefusal } from "./candidate-refusal";
import { statusLinkExpiresAt } from "./status-link-expiry";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

/** The application a link opens, and the address it was sent to (what it may reach: applicationsOwnedByStatusLink). */
export type StatusLinkHolder = {
  applicationId: string;
  candidateId: string;
  emailNormalized: string;
  expiresAt: Date | null;
};

/** What linkExpiresAt reads of an application. */
export const linkLifeSelect = {
  id: true,
  status: true,
  closedAt: true,
  lastActivityAt: true,
  submittedAt: true,
  statusLinkIssuedAt: true,
} as const;

type LinkLife = {
  id: string;
  status: ApplicationStatus;
  closedAt: Date | null;
  lastActivityAt: Date;
  submittedAt: Date;
  statusLinkIssuedAt: Date | null;
};

/**
 * The application a private status link opens, or null when the token is malformed, was
 * replaced (a re-sent link, a merge), has expired (STATUS_LINK_DAYS_AFTER_CLOSE after the
 * application closed), or its person has been anonymized. The link is the candidate's only
 * credential: whoever holds it acts as that candidate ("own" in lib/auth/permissions.ts).
 */
export async function findStatusLinkHolder(
  client: Db | DbTransaction,
  token: string,
  now = new Date(),
): Promise<StatusLinkHolder | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const application = await client.application.findFirst({
    where: { statusTokenHash: hashStatusToken(token) },
    select: { ...linkLifeSelect, candidateId: true, emailNormalized: true },
  });
  if (!application) return null;
  const holder = {
    applicationId: application.id,
    candidateId: application.candidateId,
    emailNormalized: application.emailNormalized,
  };
  const owned = await client.application.count({
    where: { AND: [{ id: application.id }, applicationsOwnedByStatusLink(holder)] },
  });
  if (owned !== 1) return null;
  const expiresAt = await linkExpiresAt(client, application);
  if (expiresAt && expiresAt <= now) return null;
  return { ...holder, expiresAt };
}

/** When the application's current status link stops working (null: not while it is open). */
export async function linkExpiresAt(client: Db | DbTransaction, application: LinkLife): Promise<Date | null> {
  if (application.status === "ACTIVE") return null;
  return statusLinkExpiresAt({
    status: application.status,
    closedAt:
      (application.status === "HIRED" ? await hiredAt(client, application.id) : application.closedAt) ??
      application.lastActivityAt,
    issuedAt: application.statusLinkIssuedAt ?? application.submittedAt,
  });
}

/** A hire closes an application without a closedAt (it can be moved back): its last move to a hired stage. */
async function hiredAt(client: Db | DbTransaction, applicationId: string): Promise<Date | null> {
  const transition = await client.stageTransition.findFirst({
    where: { applicationId, toStatus: "HIRED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
  });
  return transition?.createdAt ?? null;
}

/** As findStatusLinkHolder, for actions: an unknown or expired link is a NOT_FOUND that changes nothing. */
export async function requireStatusLinkHolder(client: Db | DbTransaction, token: string): Promise<StatusLinkHolder> {
  const holder = await findStatusLinkHolder(client, token);
  if (!holder) throw new CandidateRefusal("NOT_FOUND", "linkInvalid");
  return holder;
}

/**
 * Gives an application a new status link: only the new token's hash is kept, so every earlier
 * link stops working. The token is returned for the one email that carries it.
 */
export async function issueStatusLink(tx: DbTransaction, applicationId: string, now = new Date()): Promise<string> {
  const { token, hash } = newStatusToken();
  await tx.application.update({
    where: { id: applicationId },
    data: { statusTokenHash: hash, statusLinkIssuedAt: now },
    select: { id: true },
  });
  return token;
}

/** The absolute status-page URL for a token (only ever put in an email to the applicant, at delivery). */
export function statusPageUrl(token: string, subpath = ""): string {
  return new URL(`/applications/status/${token}${subpath}`, getEnv().APP_URL).toString();
}
