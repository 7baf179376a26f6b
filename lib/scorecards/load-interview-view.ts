import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getInterviewPacket } from "@/lib/interviews/get-interview-packet";
import { toScorecardFormValues } from "./form-values";
import { getScorecardsForApplication } from "./get-scorecards-for-application";

/**
 * Everything the interview page shows this actor: the packet, the scorecards they may read for
 * the application, and (for a panelist of this interview) their own scorecard as the form edits it.
 */
export async function loadInterviewView({ actor, interviewId }: { actor: Actor; interviewId: string }) {
  // First, alone: NOT_FOUND for an interview the actor may not see, before anything else is read.
  const packet = await getInterviewPacket({ actor, interviewId });
  const scorecards = await getScorecardsForApplication({ actor, applicationId: packet.applicationId });
  const own = scorecards.own.find((scorecard) => scorecard.interview.id === packet.interview.id) ?? null;
  const myScorecard = packet.interview.actorHasSeat
    ? {
        status: own?.status ?? null,
        version: own?.version ?? 0,
        submittedAt: own?.submittedAt ?? null,
        revisions: own?.revisions ?? { count: 0, lastAt: null },
        values: toScorecardFormValues(
          scorecards.attributes.map((attribute) => attribute.id),
          own,
        ),
      }
    : null;
  return { packet, scorecards, myScorecard };
}

export type InterviewView = Awaited<ReturnType<typeof loadInterviewView>>;
export type MyScorecardForm = NonNullable<InterviewView["myScorecard"]>;
