import "server-only";
import type { DbTransaction } from "@/lib/db";
import type { ApplicationFormContext } from "./form-context";
import type { ApplicationFormInput } from "./schema";

/**
 * Stores voluntary self-identification apart from the application: no application or person id,
 * and only the day, so a row cannot be joined back to who answered (docs/decisions/0002).
 * Nothing is stored when the candidate skipped the whole section.
 */
export async function recordSelfIdentification(
  tx: DbTransaction,
  context: ApplicationFormContext,
  answers: ApplicationFormInput["selfIdentification"],
): Promise<void> {
  const forms = context.selfId?.forms ?? {};
  if (!Object.values(answers).some(Boolean)) return;
  const versionOf = (answer: string | undefined, form: { id: string } | undefined) => (answer && form ? form.id : null);
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  await tx.selfIdentificationResponse.create({
    data: {
      jobId: context.jobId,
      submittedOn: today,
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
  });
}
