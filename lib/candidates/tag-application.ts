import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { parseInput } from "./parse-input";
import { tagNameSchema } from "./schema";

type TagChange = { actor: Actor; applicationId: string; name: string };

/** The tag of that name, matched without regard to case so "Strong" and "strong" stay one tag. */
export async function findOrCreateTag(tx: DbTransaction, name: string): Promise<{ id: number; name: string }> {
  const existing = await tx.tag.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true, name: true },
  });
  if (existing) return existing;
  // Another request may create the same tag at the same moment: the unique name decides.
  await tx.tag.createMany({ data: [{ name }], skipDuplicates: true });
  return tx.tag.findFirstOrThrow({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true, name: true },
  });
}

/** Tags an application by tag name, creating the tag the first time it is used. */
export async function addTagToApplication({ actor, applicationId, name }: TagChange) {
  const tagName = parseInput(tagNameSchema, name);
  await authorizeApplications(db, actor, "application.tag", [applicationId]);
  return db.$transaction(async (tx) => {
    const tag = await findOrCreateTag(tx, tagName);
    const { count } = await tx.applicationTag.createMany({
      data: [{ applicationId, tagId: tag.id, addedById: actor.userId }],
      skipDuplicates: true,
    });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actor,
        action: "application.tagged",
        subjectType: "application",
        subjectId: applicationId,
        metadata: { added: tag.name },
      });
    }
    return { tag, added: count > 0 };
  });
}

/** Removes a tag (by name) from an application; the tag itself stays for other applications. */
export async function removeTagFromApplication({ actor, applicationId, name }: TagChange) {
  const tagName = parseInput(tagNameSchema, name);
  await authorizeApplications(db, actor, "application.tag", [applicationId]);
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findFirst({
      where: { name: { equals: tagName, mode: "insensitive" } },
      select: { id: true, name: true },
    });
    if (!tag) return { removed: false };
    const { count } = await tx.applicationTag.deleteMany({ where: { applicationId, tagId: tag.id } });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actor,
        action: "application.tagged",
        subjectType: "application",
        subjectId: applicationId,
        metadata: { removed: tag.name },
      });
    }
    return { removed: count > 0 };
  });
}

/** Existing tag names, for suggestions. */
export async function listTagNames(): Promise<string[]> {
  const tags = await db.tag.findMany({ orderBy: { name: "asc" }, take: 500, select: { name: true } });
  return tags.map((tag) => tag.name);
}
