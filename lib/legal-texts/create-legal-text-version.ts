import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { formQuestionsSchema } from "@/lib/legal/form-content";
import { questionProblems } from "./question-rules";
import type { NewLegalTextInput } from "./schema";

/**
 * Adds a version of a legal text; versions are never edited (answers point at the exact wording
 * shown), so a change is always a new version. The version in force until then ends when the new
 * one starts (effectiveTo = the new effectiveFrom), so exactly one version is current at any
 * moment and the application form picks the new one up on its next request, without a deploy.
 */
export async function createLegalTextVersion({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: NewLegalTextInput;
  now?: Date;
}): Promise<{ id: string }> {
  assertCan(actor, "legalText.manage");
  const effectiveFrom = input.effectiveOn ? new Date(`${input.effectiveOn}T00:00:00.000Z`) : now;
  if (effectiveFrom < now)
    throw new AppError("VALIDATION", "Some details need fixing.", {
      effectiveOn: ["Choose a day after today, or make it take effect now"],
    });
  try {
    return await db.$transaction(async (tx) => {
      // One writer per kind at a time: two admins saving at once cannot both close the same version.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`FormVersion:${input.kind}`}))`;
      const latest = await tx.formVersion.findFirst({
        where: { kind: input.kind },
        orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
        select: { version: true, effectiveFrom: true, questions: true },
      });
      if (latest && latest.effectiveFrom > now) {
        throw new AppError(
          "VALIDATION",
          `Version ${latest.version} is already scheduled to take effect; add this one after it has.`,
          {
            effectiveOn: [`Version ${latest.version} is already scheduled`],
          },
        );
      }
      const previous = latest ? formQuestionsSchema.safeParse(latest.questions) : null;
      const problems = questionProblems(input.kind, input.questions, previous?.success ? previous.data : null);
      if (problems.length > 0)
        throw new AppError("VALIDATION", "The questions need fixing.", { questionsJson: problems });

      const closed = await tx.formVersion.findMany({
        where: { kind: input.kind, OR: [{ effectiveTo: null }, { effectiveTo: { gt: effectiveFrom } }] },
        select: { id: true, version: true },
      });
      await tx.formVersion.updateMany({
        where: { id: { in: closed.map((row) => row.id) } },
        data: { effectiveTo: effectiveFrom },
      });
      const created = await tx.formVersion.create({
        data: {
          kind: input.kind,
          version: input.version,
          title: input.title,
          bodyMarkdown: input.bodyMarkdown,
          questions: input.questions,
          ombNumber: input.ombNumber,
          ombExpiresOn: input.ombExpiresOn ? new Date(`${input.ombExpiresOn}T00:00:00.000Z`) : null,
          effectiveFrom,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "legalText.created",
        subjectType: "legalText",
        subjectId: created.id,
        metadata: {
          kind: input.kind,
          version: input.version,
          effectiveFrom: effectiveFrom.toISOString(),
          closedVersions: closed.map((row) => row.version),
        },
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("VALIDATION", "That version label is taken.", {
        version: ["This text already has a version with that label"],
      });
    }
    throw error;
  }
}
