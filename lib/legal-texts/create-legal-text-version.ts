import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { formQuestionsSchema } from "@/lib/legal/form-content";
import { LEGAL_TEXT_FALLBACK_LANGUAGE } from "@/lib/legal/language";
import { questionProblems, translationProblems } from "./question-rules";
import type { NewLegalTextInput } from "./schema";

/**
 * Adds a version of a legal text in one language; versions are never edited (answers point at the
 * exact wording shown), so a change is always a new version. The version of that language in force
 * until then ends when the new one starts (effectiveTo = the new effectiveFrom), so exactly one
 * version per language is current at any moment and the application form picks the new one up on
 * its next request, without a deploy. Each language has its own versions (decision 0042).
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
      // One writer per text and language at a time: two admins saving at once cannot both close
      // the same version.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`FormVersion:${input.kind}:${input.language}`}))`;
      const latestOf = (language: string) =>
        tx.formVersion.findFirst({
          where: { kind: input.kind, language },
          orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
          select: { version: true, effectiveFrom: true, questions: true },
        });
      const latest = await latestOf(input.language);
      if (latest && latest.effectiveFrom > now) {
        throw new AppError(
          "VALIDATION",
          `Version ${latest.version} is already scheduled to take effect; add this one after it has.`,
          {
            effectiveOn: [`Version ${latest.version} is already scheduled`],
          },
        );
      }
      // A translation asks what the English text asks: same question keys and option values, so
      // its answers are stored and counted as the English ones (decision 0042).
      const isEnglish = input.language === LEGAL_TEXT_FALLBACK_LANGUAGE;
      const english = isEnglish ? latest : await latestOf(LEGAL_TEXT_FALLBACK_LANGUAGE);
      if (!isEnglish && !english)
        throw new AppError("VALIDATION", "Add the English version of this text first; translations follow it.", {
          language: ["This text has no English version yet"],
        });
      const previousOf = (row: { questions: unknown } | null) => {
        const parsed = row ? formQuestionsSchema.safeParse(row.questions) : null;
        return parsed?.success ? parsed.data : null;
      };
      const problems = isEnglish
        ? questionProblems(input.kind, input.questions, previousOf(latest))
        : translationProblems(input.questions, previousOf(english) ?? []);
      if (problems.length > 0)
        throw new AppError("VALIDATION", "The questions need fixing.", { questionsJson: problems });

      const closed = await tx.formVersion.findMany({
        where: {
          kind: input.kind,
          language: input.language,
          OR: [{ effectiveTo: null }, { effectiveTo: { gt: effectiveFrom } }],
        },
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
          language: input.language,
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
          language: input.language,
          effectiveFrom: effectiveFrom.toISOString(),
          closedVersions: closed.map((row) => row.version),
        },
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("VALIDATION", "That version label is taken.", {
        version: ["This text already has a version with that label in this language"],
      });
    }
    throw error;
  }
}
