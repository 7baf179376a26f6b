"use server";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";
import { boundApplicationId } from "@/lib/actions/bound-ids";
import { noInput, staffAction } from "@/lib/actions/staff-action";
import type { AppError } from "@/lib/errors";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { interviewFormSchema, interviewRefSchema, type InterviewFormValues } from "@/lib/interviews/schema";
import { applicationProfilePath } from "@/lib/paths/applications";

// The interview and the sequence number the page showed: another change since then is a CONFLICT.
const boundInterviewRef = { schema: interviewRefSchema, notFound: "Reload the page and try again." };

const sent = (count: number) => `${count} invitation${count === 1 ? "" : "s"} sent`;

const conflict = (error: AppError): Pick<ConflictFailure, "conflict"> | undefined =>
  error.code === "CONFLICT" ? { conflict: true } : undefined;

const schedule = staffAction({
  name: "schedule-interview",
  permission: "interview.schedule",
  schema: interviewFormSchema,
  bound: boundApplicationId,
  run: async ({ actor, input, id }) => {
    const result = await scheduleInterview({ actor, applicationId: id, input });
    return {
      message: `Interview scheduled; ${sent(result.emailIds.length)}.`,
      emailIds: result.emailIds,
      revalidate: [applicationProfilePath(id)],
    };
  },
  onRefused: conflict,
});

const reschedule = staffAction({
  name: "reschedule-interview",
  permission: "interview.schedule",
  schema: interviewFormSchema,
  bound: boundInterviewRef,
  run: async ({ actor, input, id }) => {
    const result = await rescheduleInterview({ actor, ...id, input });
    return {
      message: `Interview updated; ${sent(result.emailIds.length)}.`,
      emailIds: result.emailIds,
      revalidate: [applicationProfilePath(result.applicationId)],
    };
  },
  onRefused: conflict,
});

const cancel = staffAction({
  name: "cancel-interview",
  permission: "interview.schedule",
  schema: noInput,
  bound: boundInterviewRef,
  run: async ({ actor, id }) => {
    const result = await cancelInterview({ actor, ...id });
    const count = result.emailIds.length;
    return {
      message: `Interview cancelled; ${count} cancellation${count === 1 ? "" : "s"} sent.`,
      emailIds: result.emailIds,
      revalidate: [applicationProfilePath(result.applicationId)],
    };
  },
  onRefused: conflict,
});

export async function scheduleInterviewAction(
  applicationId: string,
  values: InterviewFormValues,
): Promise<ActionResult<object, ConflictFailure>> {
  return schedule(values, applicationId);
}

export async function rescheduleInterviewAction(
  interviewId: string,
  expectedSequence: number,
  values: InterviewFormValues,
): Promise<ActionResult<object, ConflictFailure>> {
  return reschedule(values, { interviewId, expectedSequence });
}

export async function cancelInterviewAction(
  interviewId: string,
  expectedSequence: number,
): Promise<ActionResult<object, ConflictFailure>> {
  return cancel(undefined, { interviewId, expectedSequence });
}
