import "server-only";
import { API_SCOPES, apiTokenActor, type ApiScope, type ApiTokenActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashApiToken } from "./token-secret";

const BEARER = /^Bearer +(trl_[A-Za-z0-9_-]{20,100}) *$/;
// Writing on every request would make each read a write; a minute is as precise as admins need.
const LAST_USED_PRECISION_MS = 60_000;

/** One answer for a missing, malformed, unknown, revoked or expired token: nothing tells them apart. */
export const INVALID_TOKEN_MESSAGE = "Send a valid API token as `Authorization: Bearer trl_…`.";

/** The token's actor for a request's Authorization header, or UNAUTHORIZED. */
export async function authenticateApiToken(authorization: string | null): Promise<ApiTokenActor> {
  const match = BEARER.exec(authorization ?? "");
  if (!match) throw new AppError("UNAUTHORIZED", INVALID_TOKEN_MESSAGE);
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(match[1]!) },
    select: { id: true, scopes: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now))
    throw new AppError("UNAUTHORIZED", INVALID_TOKEN_MESSAGE);
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS)
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now }, select: { id: true } });
  // A scope a later version dropped grants nothing rather than failing the request.
  const scopes = token.scopes.filter((scope): scope is ApiScope => (API_SCOPES as readonly string[]).includes(scope));
  return apiTokenActor(token.id, scopes);
}
