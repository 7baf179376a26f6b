import "server-only";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/format/dates";
import type { FormKind } from "@/lib/generated/prisma/enums";
import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { formQuestionsSchema } from "./form-content";
import { LEGAL_TEXT_FALLBACK_LANGUAGE } from "./language";

type FormVersionRow = {
  id: string;
  kind: FormKind;
  version: string;
  language: string;
  title: string;
  bodyMarkdown: string;
  questions: unknown;
  ombNumber: string | null;
  ombExpiresOn: Date | null;
};

/**
 * The version of each legal text in force now: the latest whose effective window contains now, in
 * `language` when that language has one in force, else in English (the fallback every kind has).
 * Each result says its own language, so a form can say it fell back and the answer records the
 * wording actually shown (docs/decisions/0042). The rule is the database's form_versions_in_force,
 * which the application snapshot (lib/submissions/submission-snapshot.ts) reads too.
 */
export async function getCurrentFormVersions(
  kinds: FormKind[],
  { language = LEGAL_TEXT_FALLBACK_LANGUAGE, now = new Date() }: { language?: string; now?: Date } = {},
): Promise<Map<FormKind, LegalFormForForm>> {
  const rows = await db.$queryRaw<FormVersionRow[]>`
    SELECT id, kind::text AS kind, version, language, title, "bodyMarkdown", questions, "ombNumber", "ombExpiresOn"
      FROM form_versions_in_force(${language}, ${LEGAL_TEXT_FALLBACK_LANGUAGE}, ${now.toISOString()}::timestamp)
     WHERE kind::text = ANY(${kinds}::text[])
     ORDER BY kind`;
  return formsByKind(rows);
}

/** The ids of the version of each legal text in force at `now` in each language, for the staff list. */
export async function getFormVersionIdsInForce(now = new Date()): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT current.id
      FROM (SELECT DISTINCT language FROM "FormVersion") languages,
           form_versions_in_force(languages.language, languages.language, ${now.toISOString()}::timestamp) current`;
  return new Set(rows.map((row) => row.id));
}

/**
 * The versions with these ids, as a form shows them: the ones a read of form_versions_in_force
 * chose (a version's wording never changes once written, only when it stops being in force).
 */
export async function getFormVersionsById(ids: string[]): Promise<Map<FormKind, LegalFormForForm>> {
  const rows = await db.formVersion.findMany({
    where: { id: { in: ids } },
    orderBy: { kind: "asc" },
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
  return formsByKind(rows);
}

function formsByKind(rows: FormVersionRow[]): Map<FormKind, LegalFormForForm> {
  return new Map(
    rows.map((row) => [
      row.kind,
      {
        id: row.id,
        version: row.version,
        language: row.language,
        title: row.title,
        bodyMarkdown: row.bodyMarkdown,
        questions: formQuestionsSchema.parse(row.questions),
        ombNumber: row.ombNumber,
        ombExpiresOn: row.ombExpiresOn ? isoDay(row.ombExpiresOn) : null,
      },
    ]),
  );
}
