import "server-only";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/format/dates";
import type { FormKind } from "@/lib/generated/prisma/enums";
import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { formQuestionsSchema } from "./form-content";
import { LEGAL_TEXT_FALLBACK_LANGUAGE } from "./language";

/**
 * The version of each legal text in force now: the latest whose effective window contains now, in
 * `language` when that language has one in force, else in English (the fallback every kind has).
 * Each result says its own language, so a form can say it fell back and the answer records the
 * wording actually shown (docs/decisions/0042).
 */
export async function getCurrentFormVersions(
  kinds: FormKind[],
  { language = LEGAL_TEXT_FALLBACK_LANGUAGE, now = new Date() }: { language?: string; now?: Date } = {},
): Promise<Map<FormKind, LegalFormForForm>> {
  const rows = await db.formVersion.findMany({
    where: {
      kind: { in: kinds },
      language: { in: [...new Set([language, LEGAL_TEXT_FALLBACK_LANGUAGE])] },
      effectiveFrom: { lte: now },
      OR: [{ effectiveTo: null }, { effectiveTo: { gt: now } }],
    },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      version: true,
      language: true,
      title: true,
      bodyMarkdown: true,
      questions: true,
      ombNumber: true,
      ombExpiresOn: true,
    },
  });
  const current = new Map<FormKind, LegalFormForForm>();
  // The asked-for language first, so its version wins over the English one of the same kind.
  const ordered = [
    ...rows.filter((row) => row.language === language),
    ...rows.filter((row) => row.language !== language),
  ];
  for (const row of ordered) {
    if (current.has(row.kind)) continue;
    current.set(row.kind, {
      id: row.id,
      version: row.version,
      language: row.language,
      title: row.title,
      bodyMarkdown: row.bodyMarkdown,
      questions: formQuestionsSchema.parse(row.questions),
      ombNumber: row.ombNumber,
      ombExpiresOn: row.ombExpiresOn ? isoDay(row.ombExpiresOn) : null,
    });
  }
  return current;
}
