import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { preferredFullName } from "@/lib/format/names";

const HOUR_MS = 60 * 60 * 1000;
const PAST_LIMIT = 50;

export type MyScorecardState = "NOT_STARTED" | "DRAFT" | "SUBMITTED";

/**
 * The interviews the actor sits on: upcoming ones, past ones (cancelled ones among them, marked
 * so), and the scorecards they still owe, each with their own scorecard's state. A scorecard is
 * overdue once the job's scorecardDueHours have passed since the interview ended.
 */
export async function listMyInterviews({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const rows = await db.interview.findMany({
    where: { panel: { some: { userId: actor.userId } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      durationMinutes: true,
      timeZone: true,
      application: {
        select: {
          id: true,
          job: { select: { title: true, scorecardDueHours: true } },
          candidate: { select: { firstName: true, lastName: true, preferredName: true } },
        },
      },
      scorecards: { where: { authorId: actor.userId }, select: { status: true } },
    },
  });

  const items = rows.map((row) => {
    const endsAt = new Date(row.startsAt.getTime() + row.durationMinutes * 60_000);
    const dueAt = new Date(endsAt.getTime() + row.application.job.scorecardDueHours * HOUR_MS);
    const state: MyScorecardState = row.scorecards[0]?.status ?? "NOT_STARTED";
    const cancelled = row.status === "CANCELLED";
    return {
      id: row.id,
      title: row.title,
      cancelled,
      startsAt: row.startsAt,
      durationMinutes: row.durationMinutes,
      timeZone: row.timeZone,
      jobTitle: row.application.job.title,
      // A cancelled interview no longer opens the candidate's packet (interviewSeatOf), so it
      // does not name the candidate either.
      candidateName: cancelled ? null : preferredFullName(row.application.candidate),
      scorecard: { state, dueAt, overdue: !cancelled && state !== "SUBMITTED" && now > dueAt },
      ended: endsAt <= now,
    };
  });

  const scheduled = items.filter((item) => !item.cancelled);
  return {
    upcoming: scheduled.filter((item) => !item.ended),
    past: items
      .filter((item) => item.ended || item.cancelled)
      .reverse()
      .slice(0, PAST_LIMIT),
    // Owed once the interview has started: nobody owes feedback on a conversation not yet had.
    owed: scheduled.filter((item) => item.scorecard.state !== "SUBMITTED" && item.startsAt <= now),
  };
}

export type MyInterviews = Awaited<ReturnType<typeof listMyInterviews>>;
export type MyInterviewItem = MyInterviews["upcoming"][number];
