import "server-only";
import type { DbTransaction } from "@/lib/db";
import { periodOf, periodStartDate } from "@/lib/self-identification/reporting-period";
import type { ApplicationFormContext } from "./form-context";
import type { ApplicationFormInput } from "./schema";

/**
 * Stores voluntary self-identification apart from the application: no application, person or
 * job, only the calendar quarter, under a random id. It goes into the pending pool, which shares
 * this transaction's id until the hourly mix moves it (docs/decisions/0026). Nothing is stored
 * when the candidate skipped the whole section.
 */
export async function recordSelfIdentification(
  tx: DbTransaction,
  context: ApplicationFormContext,
  answers: ApplicationFormInput["selfIdentification"],
): Promise<void> {
  const forms = context.selfId?.forms ?? {};
  if (!Object.values(answers).some(Boolean)) return;
  const versionOf = (answer: string | undefined, form: { id: string } | undefined) => (answer && form ? form.id : null);
  await tx.selfIdentificationPending.create({
    data: {
      periodStart: periodStartDate(periodOf(new Date())),
      gender: forms.gender ? answers.gender : null,
      genderVersionId: versionOf(answers.gender, forms.gender),
      hispanicOrLatino: forms.ethnicity ? answers.ethnicity : null,
      ethnicityVersionId: versionOf(answers.ethnicity, forms.ethnicity),
      race: forms.race ? answers.race : null,
      raceVersionId: versionOf(answers.race, forms.race),
      veteranStatus: forms.veteran ? answers.veteran : null,
      veteranVersionId: versionOf(answers.veteran, forms.veteran),
      disabilityStatus: forms.disability ? answers.disability : null,
      disabilityVersionId: versionOf(answers.disability, forms.disability),
    },
    select: { id: true },
  });
}
