import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { asSlugConflict, checkJobReferences, departmentIdFor } from "./check-job-references";
import { FieldErrorBag } from "./field-error-bag";
import { findEmployerId } from "./find-employer-id";
import type { JobFormInput } from "./job-form-schema";
import { jobScalarData, optionRows, questionColumns, sectionRows } from "./job-write-data";

/**
 * Creates a job as a draft, with everything the editor holds, in one transaction. Ids in the
 * input (of questions, stages...) are ignored: a new job's rows are all new.
 */
export async function createJob({
  actor,
  input,
}: {
  actor: Actor;
  input: JobFormInput;
}): Promise<{ id: number; slug: string }> {
  assertCan(actor, "job.manage");
  try {
    return await db.$transaction(async (tx) => {
      const organizationId = await findEmployerId(tx);
      const errors = new FieldErrorBag();
      const department = await checkJobReferences(tx, input, { organizationId, errors });
      errors.throwIfAny();

      const job = await tx.job.create({
        data: {
          ...jobScalarData(input),
          organizationId,
          departmentId: await departmentIdFor(tx, department, organizationId),
          status: "DRAFT",
          sections: { create: sectionRows(input) },
          questions: {
            create: input.questions.map((question, position) => ({
              ...questionColumns(question, position),
              options: { create: optionRows(question) },
            })),
          },
          stages: { create: input.stages.map((stage, position) => ({ position, name: stage.name, kind: stage.kind })) },
          scorecardAttributes: {
            create: input.scorecardAttributes.map((a, position) => ({
              position,
              name: a.name,
              description: a.description,
            })),
          },
          offices: { create: input.officeIds.map((officeId) => ({ officeId })) },
          hiringTeam: { create: input.hiringTeam.map((member) => ({ userId: member.userId, role: member.role })) },
        },
        select: { id: true, slug: true },
      });
      if (input.hiringTeam.length > 0) {
        await recordAuditEvent(tx, {
          actor,
          action: "job.hiringTeamChanged",
          subjectType: "job",
          subjectId: String(job.id),
          metadata: { added: input.hiringTeam, removed: [], changed: [] },
        });
      }
      return job;
    });
  } catch (error) {
    throw asSlugConflict(error);
  }
}
