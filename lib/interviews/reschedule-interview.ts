import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findInterviewForChange } from "./find-interview-for-change";
import { recordInterviewChange, recordPanelChange } from "./interview-audit";
import {
  assertApplicationActive,
  findPanel,
  findPlanItem,
  loadInvitationContext,
  type InvitationContext,
  type PanelMember,
} from "./interview-context";
import {
  interviewSnapshotSelect,
  queueCandidateInterviewEmail,
  queuePanelistInterviewEmail,
  type InterviewSnapshot,
} from "./interview-emails";
import { lockPanel } from "@/lib/self-scheduling/panel-availability";
import { startsAtOf } from "./interview-timing";
import type { InterviewFormInput } from "./schema";

type RescheduleInterview = {
  actor: Actor;
  interviewId: string;
  expectedSequence: number;
  input: InterviewFormInput;
  now?: Date;
};

export type RescheduledInterview = { interviewId: string; applicationId: string; emailIds: string[] };

// What the candidate's invitation shows: when only the panel changes, the candidate hears nothing.
const CANDIDATE_FIELDS = ["title", "durationMinutes", "timeZone", "location", "videoUrl"] as const;

function candidateSeesChange(before: InterviewSnapshot, after: InterviewSnapshot): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    CANDIDATE_FIELDS.some((field) => before[field] !== after[field])
  );
}

/**
 * Changes an interview's time, place or panel. Everyone on the new panel gets the invitation
 * again with a higher SEQUENCE (so calendars update the event), removed members a CANCEL, and
 * the candidate an update when anything they see changed. One transaction with the emails.
 */
export async function rescheduleInterview({
  actor,
  interviewId,
  expectedSequence,
  input,
  now = new Date(),
}: RescheduleInterview): Promise<RescheduledInterview> {
  return db.$transaction(async (tx) => {
    const current = await findInterviewForChange(tx, { actor, interviewId, expectedSequence });
    const startsAt = startsAtOf(input, now);
    const context = await loadInvitationContext(tx, current.applicationId);
    assertApplicationActive(context);
    const planItem = await findPlanItem(tx, context.jobId, input.planItemId);
    const panel = await findPanel(tx, {
      jobId: context.jobId,
      userIds: input.panelUserIds,
      keptUserIds: current.panel.map((member) => member.id),
    });
    // A candidate booking the same people waits, then sees this interview's new time as busy.
    await lockPanel(tx, input.panelUserIds);

    const before = new Set(current.panel.map((member) => member.id));
    const after = new Set(panel.map((member) => member.id));
    const removed = current.panel.filter((member) => !after.has(member.id));
    const added = panel.filter((member) => !before.has(member.id));
    const next = {
      planItemId: planItem?.id ?? null,
      title: input.title ?? planItem?.name ?? current.title,
      startsAt,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
      location: input.location,
      videoUrl: input.videoUrl,
    };
    const candidateChange = candidateSeesChange(current, { ...current, ...next });
    if (!candidateChange && removed.length === 0 && added.length === 0 && next.planItemId === current.planItemId) {
      throw new AppError("VALIDATION", "Nothing changed: edit the time, place or panel, or close the form.");
    }

    await tx.interviewPanelist.deleteMany({
      where: { interviewId, userId: { in: removed.map((member) => member.id) } },
    });
    await tx.interviewPanelist.createMany({ data: added.map((member) => ({ interviewId, userId: member.id })) });
    const interview = await tx.interview.update({
      where: { id: interviewId },
      data: { ...next, calendarSequence: { increment: 1 } },
      select: interviewSnapshotSelect,
    });
    await recordInterviewChange(tx, { actor, applicationId: current.applicationId, change: "rescheduled", interview });
    await recordPanelChange(tx, {
      actor,
      applicationId: current.applicationId,
      interviewId,
      added: added.map((member) => member.id),
      removed: removed.map((member) => member.id),
    });

    const emailIds = await queuePanelEmails(tx, { interview, context, panel, added, removed });
    if (candidateChange) {
      const candidateEmail = await queueCandidateInterviewEmail(tx, { interview, context, change: "update" });
      if (candidateEmail) emailIds.unshift(candidateEmail);
    }
    return { interviewId, applicationId: current.applicationId, emailIds };
  });
}

async function queuePanelEmails(
  tx: DbTransaction,
  {
    interview,
    context,
    panel,
    added,
    removed,
  }: {
    interview: InterviewSnapshot;
    context: InvitationContext;
    panel: PanelMember[];
    added: PanelMember[];
    removed: PanelMember[];
  },
): Promise<string[]> {
  const newcomers = new Set(added.map((member) => member.id));
  const ids: string[] = [];
  for (const member of panel) {
    const change = newcomers.has(member.id) ? "invitation" : "update";
    ids.push(await queuePanelistInterviewEmail(tx, { interview, context, member, panel, change }));
  }
  for (const member of removed) {
    ids.push(await queuePanelistInterviewEmail(tx, { interview, context, member, panel, change: "removed" }));
  }
  return ids;
}
