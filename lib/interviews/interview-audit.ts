import "server-only";
// Scheduling changes go to the audit log against the application; the candidate's timeline
// reads them back from there (get-application-timeline.ts), so every version of the time stays.
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import type { InterviewSnapshot } from "./interview-emails";

export type InterviewChange = "scheduled" | "rescheduled" | "cancelled";

/** What the timeline shows of a change: the interview's name and time, nothing about people. */
export type InterviewAuditMetadata = {
  interviewId: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
};

export async function recordInterviewChange(
  tx: DbTransaction,
  {
    actor,
    applicationId,
    change,
    interview,
  }: {
    // A candidate books, moves or cancels their own self-scheduled interview from the status page.
    actor: Actor | { kind: "candidate" };
    applicationId: string;
    change: InterviewChange;
    interview: InterviewSnapshot;
  },
): Promise<void> {
  const metadata: InterviewAuditMetadata = {
    interviewId: interview.id,
    title: interview.title,
    startsAt: interview.startsAt.toISOString(),
    durationMinutes: interview.durationMinutes,
    timeZone: interview.timeZone,
  };
  await recordAuditEvent(tx, {
    actor,
    action: `interview.${change}`,
    subjectType: "application",
    subjectId: applicationId,
    metadata,
  });
}

/**
 * Who was given or lost a seat on an interview's panel, and by whom: a seat opens the candidate
 * packet and a scorecard, so it is recorded like any other grant (admins read it; the candidate's
 * timeline does not show it).
 */
export async function recordPanelChange(
  tx: DbTransaction,
  {
    actor,
    applicationId,
    interviewId,
    added,
    removed,
  }: { actor: Actor; applicationId: string; interviewId: string; added: string[]; removed: string[] },
): Promise<void> {
  if (added.length === 0 && removed.length === 0) return;
  await recordAuditEvent(tx, {
    actor,
    action: "interview.panelChanged",
    subjectType: "application",
    subjectId: applicationId,
    metadata: { interviewId, added, removed },
  });
}
