import "server-only";
import { db } from "@/lib/db";

export type OutstandingScorecard = {
  interviewId: string;
  interviewTitle: string;
  panelist: { id: string; name: string };
  endsAt: Date;
  /** When the scorecard is due: the interview's end plus the job's scorecardDueHours. */
  dueAt: Date;
  state: "upcoming" | "due" | "overdue";
};

const HOUR_MS = 60 * 60 * 1000;

/**
 * Who still owes a scorecard for one application: each seat on a scheduled interview without a
 * submitted scorecard by that person (a draft does not count). Names only, never content.
 */
export async function listOutstandingScorecards({ applicationId, now }: { applicationId: string; now: Date }): Promise<OutstandingScorecard[]> {
  const interviews = await db.interview.findMany({
    where: { applicationId, status: "SCHEDULED" },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      title: true,
      startsAt: true,
      durationMinutes: true,
      application: { select: { job: { select: { scorecardDueHours: true } } } },
      panel: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true, email: true } } } },
      scorecards: { where: { status: "SUBMITTED" }, select: { authorId: true } },
    },
  });
  return interviews.flatMap((interview) => {
    const submitted = new Set(interview.scorecards.map((scorecard) => scorecard.authorId));
    const endsAt = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
    const dueAt = new Date(endsAt.getTime() + interview.application.job.scorecardDueHours * HOUR_MS);
    const state = endsAt > now ? "upcoming" : dueAt < now ? "overdue" : "due";
    return interview.panel
      .filter(({ user }) => !submitted.has(user.id))
      .map(({ user }) => ({
        interviewId: interview.id,
        interviewTitle: interview.title,
        panelist: { id: user.id, name: user.name ?? user.email },
        endsAt,
        dueAt,
        state,
      }));
  });
}
