import "server-only";
import { addDays } from "date-fns";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CreateApiTokenValues, RevokeApiTokenInput } from "./schema";
import { generateApiToken } from "./token-secret";

/** Creates a token; its secret is returned here once and only its hash is kept. */
export async function createApiToken({ actor, input }: { actor: Actor; input: CreateApiTokenValues }) {
  assertCan(actor, "apiToken.manage");
  const { secret, hash, prefix } = generateApiToken();
  const expiresAt = input.expiresInDays === "never" ? null : addDays(new Date(), Number(input.expiresInDays));
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: { name: input.name, scopes: input.scopes, tokenHash: hash, prefix, expiresAt, createdById: actor.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "apiToken.created",
      subjectType: "apiToken",
      subjectId: token.id,
      metadata: { name: input.name, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { id: token.id, secret };
  });
}

/** Revokes a token at once: its next request is refused. Revoking twice changes nothing. */
export async function revokeApiToken({ actor, input }: { actor: Actor; input: RevokeApiTokenInput }) {
  assertCan(actor, "apiToken.manage");
  await db.$transaction(async (tx) => {
    const existing = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { revokedAt: true } });
    if (!existing) throw new AppError("NOT_FOUND", "That token no longer exists.");
    if (existing.revokedAt) return;
    await tx.apiToken.update({ where: { id: input.tokenId }, data: { revokedAt: new Date() }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor,
      action: "apiToken.revoked",
      subjectType: "apiToken",
      subjectId: input.tokenId,
    });
  });
}

/** Every token, newest first, never its hash. */
export async function listApiTokens({ actor }: { actor: Actor }) {
  assertCan(actor, "apiToken.manage");
  return db.apiToken.findMany({
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
