import "server-only";
import { applicationsOwnedByCandidate } from "@/lib/auth/permissions";
import { hashStatusToken } from "@/lib/applications/reference";
import type { Db, DbTransaction } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

export const STATUS_LINK_INVALID =
  "This status link is not valid any more: it may have been replaced by a newer one. Ask for a new link with the email address you applied with.";

export type StatusLinkHolder = { applicationId: string; candidateId: string };

/**
 * The application a private status link opens, or null when the token is malformed, was
 * replaced by a re-sent link, or its person has been anonymized. The link is the candidate's
 * only credential: whoever holds it acts as that candidate ("own" in lib/auth/permissions.ts).
 */
export async function findStatusLinkHolder(client: Db | DbTransaction, token: string): Promise<StatusLinkHolder | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const application = await client.application.findFirst({
    where: { statusTokenHash: hashStatusToken(token) },
    select: { id: true, candidateId: true },
  });
  if (!application) return null;
  const owned = await client.application.count({ where: { AND: [{ id: application.id }, applicationsOwnedByCandidate(application.candidateId)] } });
  return owned === 1 ? { applicationId: application.id, candidateId: application.candidateId } : null;
}

/** As findStatusLinkHolder, for actions: an unknown link is a NOT_FOUND that changes nothing. */
export async function requireStatusLinkHolder(client: Db | DbTransaction, token: string): Promise<StatusLinkHolder> {
  const holder = await findStatusLinkHolder(client, token);
  if (!holder) throw new AppError("NOT_FOUND", STATUS_LINK_INVALID);
  return holder;
}

/** The absolute status-page URL for a token (only ever put in an email to the applicant). */
export function statusPageUrl(token: string, subpath = ""): string {
  return new URL(`/applications/status/${token}${subpath}`, getEnv().APP_URL).toString();
}
