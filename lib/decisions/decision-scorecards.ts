// The scorecard read (lib/scorecards/get-scorecards-for-application.ts) shaped for the decision
// view: submitted scorecards only, ratings by attribute, and who still owes one with its due state.
import type { Rating, Recommendation } from "@/lib/generated/prisma/enums";
import type { ApplicationScorecards } from "@/lib/scorecards/get-scorecards-for-application";

export type DecisionScorecard = {
  id: string;
  interview: { id: string; title: string; startsAt: Date };
  author: { id: string; name: string };
  recommendation: Recommendation | null;
  keyTakeaways: string;
  /** Null when the viewer may not read it (only the author and the people who decide may). */
  privateNotes: string | null;
  submittedAt: Date | null;
  /** Last edited while its author could already read others' feedback (not blind any more), or null. */
  editedAfterRevealAt: Date | null;
  /** Ratings and notes by ScorecardAttribute id; an attribute left alone is absent. */
  ratings: Record<number, { rating: Rating | null; notes: string }>;
};

export type OutstandingScorecard = {
  interviewId: string;
  interviewTitle: string;
  panelist: { id: string; name: string };
  /** The interview's end plus the job's scorecardDueHours. */
  dueAt: Date;
  state: "upcoming" | "due" | "overdue";
};

/** Submitted scorecards (the viewer's own drafts stay on their scorecard page), in interview order. */
export function toDecisionScorecards({
  own,
  others,
}: Pick<ApplicationScorecards, "own" | "others">): DecisionScorecard[] {
  return [...own, ...others]
    .filter((scorecard) => scorecard.status === "SUBMITTED")
    .sort(
      (a, b) =>
        a.interview.startsAt.getTime() - b.interview.startsAt.getTime() ||
        (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0),
    )
    .map((scorecard) => ({
      id: scorecard.id,
      interview: {
        id: scorecard.interview.id,
        title: scorecard.interview.title,
        startsAt: scorecard.interview.startsAt,
      },
      author: scorecard.author,
      recommendation: scorecard.recommendation,
      keyTakeaways: scorecard.keyTakeaways,
      privateNotes: scorecard.privateNotes,
      submittedAt: scorecard.submittedAt,
      editedAfterRevealAt: scorecard.editedAfterRevealAt,
      ratings: Object.fromEntries(
        scorecard.ratings.map((entry) => [entry.attributeId, { rating: entry.rating, notes: entry.notes }]),
      ),
    }));
}

const HOUR_MS = 60 * 60 * 1000;

/** Who still owes a scorecard, and whether it is due yet (names and times only, never content). */
export function toOutstanding(
  pending: ApplicationScorecards["pending"],
  { durations, dueHours, now }: { durations: { id: string; durationMinutes: number }[]; dueHours: number; now: Date },
): OutstandingScorecard[] {
  const minutes = new Map(durations.map((interview) => [interview.id, interview.durationMinutes]));
  return pending.map(({ interview, user }) => {
    const endsAt = new Date(interview.startsAt.getTime() + (minutes.get(interview.id) ?? 0) * 60_000);
    const dueAt = new Date(endsAt.getTime() + dueHours * HOUR_MS);
    return {
      interviewId: interview.id,
      interviewTitle: interview.title,
      panelist: user,
      dueAt,
      state: endsAt > now ? "upcoming" : dueAt < now ? "overdue" : "due",
    };
  });
}
