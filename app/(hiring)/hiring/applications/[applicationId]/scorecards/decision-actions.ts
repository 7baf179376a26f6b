"use server";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { recordHiringDecision } from "@/lib/decisions/record-hiring-decision";
import { hiringDecisionFormSchema, toHiringDecision } from "@/lib/decisions/schema";
import { applicationProfilePath, applicationScorecardsPath } from "@/lib/paths/applications";

const DONE: Record<string, (stageName: string) => string> = {
  ADVANCE: (stage) => `Decision recorded: advanced to ${stage}.`,
  MAKE_OFFER: (stage) => `Decision recorded: moved to ${stage} for an offer.`,
  REJECT: () => "Decision recorded: rejected.",
};

const viewsOf = (applicationId: string) => [
  applicationScorecardsPath(applicationId),
  applicationProfilePath(applicationId),
];

const record = staffAction({
  name: "hiring-decision",
  permission: "hiring.decide",
  schema: hiringDecisionFormSchema,
  invalid: "Some of the details need fixing.",
  run: async ({ actor, input }) => {
    const { applicationId, expectedVersion } = input;
    const result = await recordHiringDecision({
      actor,
      applicationId,
      expectedVersion,
      decision: toHiringDecision(input),
    });
    const message = DONE[result.kind]!(result.stageName);
    return {
      message: result.emailId ? `${message} The email to the candidate is on its way.` : message,
      emailIds: [result.emailId],
      revalidate: viewsOf(applicationId),
    };
  },
  // The view was out of date: it is refreshed, and nothing was decided.
  onRefused: (error, { input }) => {
    if (error.code !== "CONFLICT") return undefined;
    for (const path of viewsOf(input.applicationId)) revalidatePath(path);
    return { conflict: true as const };
  },
});

export async function recordHiringDecisionAction(input: unknown): Promise<ActionResult<object, ConflictFailure>> {
  return record(input);
}
