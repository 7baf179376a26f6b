"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { staffJobInterviewPlanPath } from "@/lib/paths/jobs";
import { selfScheduleCutoffSchema } from "@/lib/self-scheduling/schema";
import { setSelfScheduleCutoff } from "@/lib/self-scheduling/set-self-schedule-cutoff";

const setCutoff = staffAction({
  name: "self-schedule-cutoff",
  permission: "interviewPlan.manage",
  schema: selfScheduleCutoffSchema,
  invalid: "The cut-off could not be saved.",
  run: async ({ actor, input }) => {
    const { changed } = await setSelfScheduleCutoff({ actor, ...input });
    return {
      message: changed
        ? `Saved: candidates can change their interview up to ${input.cutoffHours} hours before it.`
        : "Nothing changed.",
      revalidate: [staffJobInterviewPlanPath(input.jobId)],
    };
  },
});

export async function setSelfScheduleCutoffAction(values: unknown) {
  return setCutoff(values);
}
