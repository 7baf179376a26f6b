import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { recordInterviewChange, recordPanelChange } from "./interview-audit";
import { assertApplicationActive, findPanel, findPlanItem, loadInvitationContext } from "./interview-context";
import { interviewSnapshotSelect, queueCandidateInterviewEmail, queuePanelistInterviewEmail } from "./interview-emails";
import { lockPanel } from "@/lib/self-scheduling/panel-availability";
import { startsAtOf } from "./interview-timing";
import type { InterviewFormInput } from "./schema";

type ScheduleInterview = { actor: Actor; applicationId: string; input: InterviewFormInput; now?: Date };

export type ScheduledInterview = { interviewId: string; emailIds: string[] };

/** A globally unique iCalendar UID, named after this installation's host (RFC 5545 §3.8.4.7). */
export const newCalendarUid = () => `${randomUUID()}@${new URL(getEnv().APP_URL).hostname}`;

/**
 * Schedules an interview for an active application and invites the candidate and each panel
 * member (email with an .ics REQUEST), all in one transaction.
 */
export async function scheduleInterview({
  actor,
  applicationId,
  input,
  now = new Date(),
}: ScheduleInterview): Promise<ScheduledInterview> {
  return db.$transaction(async (tx) => {
    await authorizeApplications(tx, actor, "interview.schedule", [applicationId]);
    const startsAt = startsAtOf(input, now);
    const context = await loadInvitationContext(tx, applicationId);
    assertApplicationActive(context);
    const planItem = await findPlanItem(tx, context.jobId, input.planItemId);
    const panel = await findPanel(tx, { jobId: context.jobId, userIds: input.panelUserIds });
    // A candidate booking the same people waits, then sees this interview as busy time.
    await lockPanel(tx, input.panelUserIds);

    const interview = await tx.interview.create({
      data: {
        applicationId,
        planItemId: planItem?.id ?? null,
        // Copied from the plan, so renaming the plan later does not rewrite this interview.
        title: input.title ?? planItem?.name ?? "Interview",
        startsAt,
        durationMinutes: input.durationMinutes,
        timeZone: input.timeZone,
        location: input.location,
        videoUrl: input.videoUrl,
        calendarUid: newCalendarUid(),
        scheduledById: actor.userId,
        panel: { create: panel.map((member) => ({ userId: member.id })) },
      },
      select: interviewSnapshotSelect,
    });
    await recordInterviewChange(tx, { actor, applicationId, change: "scheduled", interview });
    await recordPanelChange(tx, {
      actor,
      applicationId,
      interviewId: interview.id,
      added: panel.map((member) => member.id),
      removed: [],
    });

    const emailIds: string[] = [];
    const candidateEmail = await queueCandidateInterviewEmail(tx, { interview, context, change: "invitation" });
    if (candidateEmail) emailIds.push(candidateEmail);
    for (const member of panel) {
      emailIds.push(await queuePanelistInterviewEmail(tx, { interview, context, member, panel, change: "invitation" }));
    }
    return { interviewId: interview.id, emailIds };
  });
}
