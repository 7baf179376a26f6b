// A job with one question of each sample type, open to applications on the careers site and the
// Job Board API, with what a test needs to apply to it.
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createJob, ensureLegalForms, SAMPLE_QUESTIONS } from "../factories";
import { testDb } from "./db";

export async function createBoardJob() {
  await ensureLegalForms(testDb);
  const job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  const { boardToken } = await testDb.organization.findUniqueOrThrow({
    where: { id: job.organizationId },
    select: { boardToken: true },
  });
  return { job, boardToken, context: await loadApplicationFormContext({ id: job.id }) };
}
