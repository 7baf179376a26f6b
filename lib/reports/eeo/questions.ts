import "server-only";
import { db } from "@/lib/db";
import type { FormKind } from "@/lib/generated/prisma/enums";
import { formQuestionsSchema } from "@/lib/legal/form-content";
import { LEGAL_TEXT_FALLBACK_LANGUAGE } from "@/lib/legal/language";
import { DECLINE_VALUE } from "@/lib/legal-texts/answer-values";

export type EeoQuestionKey = "gender" | "raceEthnicity" | "veteran" | "disability";

/** The category of the race/ethnicity table that the Hispanic or Latino question decides. */
export const HISPANIC_OR_LATINO = "HISPANIC_OR_LATINO";

export const EEO_QUESTIONS: { key: EeoQuestionKey; title: string; kind: FormKind; note: string }[] = [
  { key: "gender", title: "Gender", kind: "SELF_ID_GENDER", note: "" },
  {
    key: "raceEthnicity",
    title: "Race and ethnicity",
    kind: "SELF_ID_RACE",
    note: "Everyone who answered that they are Hispanic or Latino is counted in that category only, whatever race they chose. The race categories count everyone else who chose a race; someone who declined, or answered neither question, is counted as declined.",
  },
  { key: "veteran", title: "Protected veteran status", kind: "SELF_ID_VETERAN", note: "" },
  { key: "disability", title: "Disability status", kind: "SELF_ID_DISABILITY", note: "" },
];

export type EeoCategory = { value: string; label: string };

const DECLINED: EeoCategory = { value: DECLINE_VALUE, label: "Declined to self-identify" };

/**
 * Each table's categories in the order of the newest version of its form, then any older
 * version's options; labels from the newest version that has them; declines last, as such.
 */
export async function loadEeoCategories(): Promise<Record<EeoQuestionKey, EeoCategory[]>> {
  const versions = await db.formVersion.findMany({
    // Staff read the report in English; other languages translate the same values (decision 0042).
    where: { kind: { in: EEO_QUESTIONS.map((question) => question.kind) }, language: LEGAL_TEXT_FALLBACK_LANGUAGE },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { kind: true, questions: true },
  });
  const optionsOf = (kind: FormKind) => {
    const seen = new Map<string, string>();
    for (const version of versions.filter((row) => row.kind === kind)) {
      const parsed = formQuestionsSchema.safeParse(version.questions);
      for (const option of parsed.success ? (parsed.data[0]?.options ?? []) : []) {
        if (!seen.has(option.value)) seen.set(option.value, option.label);
      }
    }
    return [...seen].filter(([value]) => value !== DECLINE_VALUE).map(([value, label]) => ({ value, label }));
  };
  return {
    gender: [...optionsOf("SELF_ID_GENDER"), DECLINED],
    raceEthnicity: [{ value: HISPANIC_OR_LATINO, label: "Hispanic or Latino" }, ...optionsOf("SELF_ID_RACE"), DECLINED],
    veteran: [...optionsOf("SELF_ID_VETERAN"), DECLINED],
    disability: [...optionsOf("SELF_ID_DISABILITY"), DECLINED],
  };
}
