import "server-only";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/format/dates";
import type { FormKind } from "@/lib/generated/prisma/enums";
import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { formQuestionsSchema } from "./form-content";

/** The version of each legal text in force now: the latest whose effective window contains now. */
export async function getCurrentFormVersions(
  kinds: FormKind[],
  now = new Date(),
): Promise<Map<FormKind, LegalFormForForm>> {
  const rows = await db.formVersion.findMany({
    where: {
      kind: { in: kinds },
      effectiveFrom: { lte: now },
      OR: [{ effectiveTo: null }, { effectiveTo: { gt: now } }],
    },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      version: true,
      title: true,
      bodyMarkdown: true,
      questions: true,
      ombNumber: true,
      ombExpiresOn: true,
    },
  });
  const current = new Map<FormKind, LegalFormForForm>();
  for (const row of rows) {
    if (current.has(row.kind)) continue;
    current.set(row.kind, {
      id: row.id,
      version: row.version,
      title: row.title,
      bodyMarkdown: row.bodyMarkdown,
      questions: formQuestionsSchema.parse(row.questions),
      ombNumber: row.ombNumber,
      ombExpiresOn: row.ombExpiresOn ? isoDay(row.ombExpiresOn) : null,
    });
  }
  return current;
}
