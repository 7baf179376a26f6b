"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { interviewFormSchema, interviewRefSchema, type InterviewFormValues } from "@/lib/interviews/schema";

export type InterviewActionResult = { ok: true; message: string } | (ActionFailure & { conflict?: boolean });

const profilePath = (applicationId: string) => `/hiring/applications/${applicationId}`;

// Invitations leave after the response: the change and its emails are already committed together.
function deliverAfterResponse(emailIds: string[]) {
  after(async () => {
    for (const id of emailIds) await deliverOutboxMessage(id);
  });
}

const sent = (count: number) => `${count} invitation${count === 1 ? "" : "s"} sent`;

function failure(error: unknown, context: string): InterviewActionResult {
  const result = actionFailure(error, context);
  return (error as { code?: string })?.code === "CONFLICT" ? { ...result, conflict: true } : result;
}

export async function scheduleInterviewAction(
  applicationId: string,
  values: InterviewFormValues,
): Promise<InterviewActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "interview.schedule");
    const parsed = interviewFormSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error);
    const result = await scheduleInterview({ actor, applicationId: String(applicationId), input: parsed.data });
    deliverAfterResponse(result.emailIds);
    revalidatePath(profilePath(applicationId));
    return { ok: true, message: `Interview scheduled; ${sent(result.emailIds.length)}.` };
  } catch (error) {
    return failure(error, "schedule-interview");
  }
}

export async function rescheduleInterviewAction(
  interviewId: string,
  expectedSequence: number,
  values: InterviewFormValues,
): Promise<InterviewActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "interview.schedule");
    const ref = interviewRefSchema.safeParse({ interviewId, expectedSequence });
    if (!ref.success) return validationFailure(ref.error, "Reload the page and try again.");
    const parsed = interviewFormSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error);
    const result = await rescheduleInterview({ actor, ...ref.data, input: parsed.data });
    deliverAfterResponse(result.emailIds);
    revalidatePath(profilePath(result.applicationId));
    return { ok: true, message: `Interview updated; ${sent(result.emailIds.length)}.` };
  } catch (error) {
    return failure(error, "reschedule-interview");
  }
}

export async function cancelInterviewAction(
  interviewId: string,
  expectedSequence: number,
): Promise<InterviewActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "interview.schedule");
    const ref = interviewRefSchema.safeParse({ interviewId, expectedSequence });
    if (!ref.success) return validationFailure(ref.error, "Reload the page and try again.");
    const result = await cancelInterview({ actor, ...ref.data });
    deliverAfterResponse(result.emailIds);
    revalidatePath(profilePath(result.applicationId));
    return {
      ok: true,
      message: `Interview cancelled; ${result.emailIds.length} cancellation${result.emailIds.length === 1 ? "" : "s"} sent.`,
    };
  } catch (error) {
    return failure(error, "cancel-interview");
  }
}
