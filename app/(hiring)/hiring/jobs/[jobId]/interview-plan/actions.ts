"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { getInterviewPlan, type InterviewPlanForEditing } from "@/lib/interview-plan/get-interview-plan";
import { replaceInterviewPlan } from "@/lib/interview-plan/replace-interview-plan";
import { interviewPlanSchema } from "@/lib/interview-plan/schema";
import { staffJobInterviewPlanPath } from "@/lib/jobs/staff-job-paths";

export type InterviewPlanActionResult = { ok: true; message: string; saved: InterviewPlanForEditing } | ActionFailure;

export async function saveInterviewPlanAction(jobId: number, values: unknown): Promise<InterviewPlanActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "interviewPlan.manage");
    // Bound to a job id by the page, but a forged call can send anything.
    const id = z.number().int().positive().safeParse(jobId);
    if (!id.success) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
    const parsed = interviewPlanSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Some of the interview plan needs fixing.");
    const { changed } = await replaceInterviewPlan({ actor, jobId: id.data, input: parsed.data });
    revalidatePath(staffJobInterviewPlanPath(id.data));
    // The saved state, with ids for new interviews, so the form's next save updates them.
    const saved = await getInterviewPlan({ actor, jobId: id.data });
    return { ok: true, message: changed ? "Interview plan saved." : "Nothing had changed.", saved };
  } catch (error) {
    return actionFailure(error, "saveInterviewPlan");
  }
}
