import "server-only";
// Scheduling changes go to the audit log against the application; the candidate's timeline
// reads them back from there (get-application-timeline.ts), so every version of the time stays.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import type { InterviewSnapshot } from "./interview-emails";

export type InterviewChange = "scheduled" | "rescheduled" | "cancelled";

/** What the timeline shows of a change: the interview's name and time, nothing about people. */
export type InterviewAuditMetadata = { interviewId: string; title: string; startsAt: string; durationMinutes: number; timeZone: string };

export async function recordInterviewChange(
  tx: DbTransaction,
  { actor, applicationId, change, interview }: { actor: Actor; applicationId: string; change: InterviewChange; interview: InterviewSnapshot },
): Promise<void> {
  const metadata: InterviewAuditMetadata = {
    interviewId: interview.id,
    title: interview.title,
    startsAt: interview.startsAt.toISOString(),
    durationMinutes: interview.durationMinutes,
    timeZone: interview.timeZone,
  };
  await recordAuditEvent(tx, { actor, action: `interview.${change}`, subjectType: "application", subjectId: applicationId, metadata });
}
