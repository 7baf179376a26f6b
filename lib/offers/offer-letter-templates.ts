import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { unknownLetterFields } from "./letter";
import type { OfferLetterTemplateInput } from "./schema";

/** Every offer letter with its latest version (offers keep the version they were drafted with). */
export async function listOfferLetterTemplates({ actor }: { actor: Actor }) {
  assertCan(actor, "template.manage");
  return db.offerLetterTemplate.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, body: true, createdAt: true } },
    },
  });
}

/** Saves a new letter, or a new version of one: earlier versions stay as the offers that used them saw them. */
export async function saveOfferLetterTemplate({ actor, input }: { actor: Actor; input: OfferLetterTemplateInput }) {
  assertCan(actor, "template.manage");
  const unknown = unknownLetterFields(input.body);
  if (unknown.length > 0)
    throw new AppError("VALIDATION", "The letter uses fields that do not exist.", {
      body: [`Unknown field${unknown.length === 1 ? "" : "s"}: ${unknown.map((name) => `{{${name}}}`).join(", ")}`],
    });
  try {
    return await db.$transaction(async (tx) => {
      const template = input.templateId
        ? await tx.offerLetterTemplate.update({
            where: { id: input.templateId },
            data: { name: input.name },
            select: { id: true },
          })
        : await tx.offerLetterTemplate.create({ data: { name: input.name }, select: { id: true } });
      const latest = await tx.offerLetterTemplateVersion.findFirst({
        where: { templateId: template.id },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      const version = (latest?.version ?? 0) + 1;
      await tx.offerLetterTemplateVersion.create({
        data: { templateId: template.id, version, body: input.body, createdById: actor.userId },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "offerLetter.saved",
        subjectType: "organization",
        subjectId: template.id,
        metadata: { version },
      });
      return { templateId: template.id, version };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("VALIDATION", "Another letter has that name.", { name: ["Choose another name"] });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw new AppError("NOT_FOUND", "That letter does not exist.");
    throw error;
  }
}
