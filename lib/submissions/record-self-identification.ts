import "server-only";
import { isoDay } from "@/lib/format/dates";
import { periodOf, periodStartDate } from "@/lib/self-identification/reporting-period";
import type { ApplicationFormContext } from "./form-context";
import { typed, type Row } from "./insert-application";
import type { ApplicationFormInput } from "./schema";

/**
 * Stores voluntary self-identification apart from the application: no application, person or
 * job, only the calendar quarter, under a random id. It goes into the pending pool, which shares
 * the application's transaction id until the hourly mix moves it (docs/decisions/0026); its id
 * is the database's random UUID. Nothing is stored when the candidate skipped the whole section.
 */
export function selfIdentificationRow(
  context: ApplicationFormContext,
  answers: ApplicationFormInput["selfIdentification"],
  now: Date,
): Row | null {
  const forms = context.selfId?.forms ?? {};
  if (!Object.values(answers).some(Boolean)) return null;
  const versionOf = (answer: string | undefined, form: { id: string } | undefined) => (answer && form ? form.id : null);
  const answer = (value: string | undefined, form: object | undefined) => (form ? (value ?? null) : null);
  return {
    periodStart: typed(isoDay(periodStartDate(periodOf(now))), "date"),
    gender: answer(answers.gender, forms.gender),
    genderVersionId: versionOf(answers.gender, forms.gender),
    hispanicOrLatino: answer(answers.ethnicity, forms.ethnicity),
    ethnicityVersionId: versionOf(answers.ethnicity, forms.ethnicity),
    race: answer(answers.race, forms.race),
    raceVersionId: versionOf(answers.race, forms.race),
    veteranStatus: answer(answers.veteran, forms.veteran),
    veteranVersionId: versionOf(answers.veteran, forms.veteran),
    disabilityStatus: answer(answers.disability, forms.disability),
    disabilityVersionId: versionOf(answers.disability, forms.disability),
  };
}
