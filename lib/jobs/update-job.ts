import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { asSlugConflict, checkJobReferences, departmentIdFor } from "./check-job-references";
import { FieldErrorBag } from "./field-error-bag";
import type { JobFormInput } from "./job-form-schema";
import { jobScalarData, sectionRows } from "./job-write-data";
import { lockJob } from "./lock-job";
import { checkAttributeEdits, writeAttributes, writeHiringTeam } from "./sync-job-panel";
import { checkQuestionEdits, writeQuestions } from "./sync-job-questions";
import { checkStageEdits, writeStages } from "./sync-job-stages";

export type UpdatedJob = { id: number; slug: string; previousSlug: string; status: JobStatus };

/**
 * Saves the whole editor in one transaction: every database check runs first and reports all
 * problems together; only then is anything written, so a refused edit changes nothing.
 * The caller revalidates both the new and the previous slug's pages.
 */
export async function updateJob({
  actor,
  jobId,
  input,
}: {
  actor: Actor;
  jobId: number;
  input: JobFormInput;
}): Promise<UpdatedJob> {
  assertCan(actor, "job.manage");
  try {
    return await db.$transaction(
      async (tx) => {
        const job = await lockJob(tx, actor, jobId);
        const errors = new FieldErrorBag();
        const department = await checkJobReferences(tx, input, { organizationId: job.organizationId, jobId, errors });
        await checkQuestionEdits(tx, jobId, input.questions, errors);
        await checkStageEdits(tx, jobId, input, errors);
        await checkAttributeEdits(tx, jobId, input.scorecardAttributes, errors);
        errors.throwIfAny();

        await tx.jobSection.deleteMany({ where: { jobId } });
        await tx.jobOffice.deleteMany({ where: { jobId } });
        const updated = await tx.job.update({
          where: { id: jobId },
          data: {
            ...jobScalarData(input),
            departmentId: await departmentIdFor(tx, department, job.organizationId),
            sections: { create: sectionRows(input) },
            offices: { create: input.officeIds.map((officeId) => ({ officeId })) },
          },
          select: { id: true, slug: true, status: true },
        });
        await writeQuestions(tx, jobId, input.questions);
        await writeStages(tx, { actor, jobId, edit: input });
        await writeAttributes(tx, jobId, input.scorecardAttributes);
        await writeHiringTeam(tx, { actor, jobId, team: input.hiringTeam });
        return { ...updated, previousSlug: job.slug };
      },
      // A job with many questions and stages is a few hundred statements.
      { timeout: 30_000 },
    );
  } catch (error) {
    throw asSlugConflict(error);
  }
}
