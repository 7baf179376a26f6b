"use server";
import { boundJobId } from "@/lib/actions/bound-ids";
import { staffAction } from "@/lib/actions/staff-action";
import { getInterviewPlan } from "@/lib/interview-plan/get-interview-plan";
import { replaceInterviewPlan } from "@/lib/interview-plan/replace-interview-plan";
import { interviewPlanSchema } from "@/lib/interview-plan/schema";
import { staffJobInterviewPlanPath } from "@/lib/paths/jobs";

const save = staffAction({
  name: "saveInterviewPlan",
  permission: "interviewPlan.manage",
  schema: interviewPlanSchema,
  invalid: "Some of the interview plan needs fixing.",
  bound: boundJobId,
  run: async ({ actor, input, id }) => {
    const { changed } = await replaceInterviewPlan({ actor, jobId: id, input });
    // The saved state, with ids for new interviews, so the form's next save updates them.
    const saved = await getInterviewPlan({ actor, jobId: id });
    return {
      message: changed ? "Interview plan saved." : "Nothing had changed.",
      data: { saved },
      revalidate: [staffJobInterviewPlanPath(id)],
    };
  },
});

export async function saveInterviewPlanAction(jobId: number, values: unknown) {
  return save(values, jobId);
}
