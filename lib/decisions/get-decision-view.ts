import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, DecisionKind, FeedbackVisibility, StageKind } from "@/lib/generated/prisma/enums";
import { listRejectionOptions, type RejectionOptions } from "@/lib/pipeline/list-rejection-options";
import { senderName } from "@/lib/pipeline/rejection-email";
import { getScorecardsForApplication } from "@/lib/scorecards/get-scorecards-for-application";
import { decisionTargets } from "./decision-targets";
import {
  toDecisionScorecards,
  toOutstanding,
  type DecisionScorecard,
  type OutstandingScorecard,
} from "./decision-scorecards";

export type { DecisionScorecard, OutstandingScorecard } from "./decision-scorecards";

export type DecisionView = {
  application: {
    id: string;
    reference: string;
    version: number;
    status: ApplicationStatus;
    /** The language the candidate applied in (which version of a template's email they get). */
    locale: string;
    stage: { id: number; name: string; kind: StageKind };
    candidate: { firstName: string; lastName: string; preferredName: string | null };
    job: { id: number; title: string; organizationName: string; feedbackVisibility: FeedbackVisibility };
  };
  /** Set when the viewer sits on the panel and has not submitted: they see no one's feedback yet. */
  blind: { interviewIds: string[] } | null;
  attributes: { id: number; name: string }[];
  /** Submitted scorecards the viewer may read, in interview order. */
  scorecards: DecisionScorecard[];
  /** Panel seats of scheduled interviews still without a submitted scorecard. */
  outstanding: OutstandingScorecard[];
  /** `note` is null while the viewer may not read the feedback (blind): it is feedback too. */
  decisions: { id: string; kind: DecisionKind; note: string | null; createdAt: Date; decidedByName: string }[];
  /** Where "advance" and "make offer" lead; null when there is no such stage ahead. */
  targets: { next: { id: number; name: string } | null; offer: { id: number; name: string } | null };
  rejectionOptions: RejectionOptions;
  senderName: string;
};

/**
 * Everything a decider needs side by side: the job's attributes × interviewers grid, the
 * recommendations and take-aways, private notes, who still owes feedback, and past decisions.
 * For the people with "hiring.decide" on an application they may see (a hiring manager: their
 * jobs). Blind feedback still applies: a decider on the panel who has not submitted reads none.
 */
export async function getDecisionView({
  actor,
  applicationId,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  now?: Date;
}): Promise<DecisionView> {
  assertCan(actor, "hiring.decide");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: {
      id: true,
      reference: true,
      version: true,
      status: true,
      locale: true,
      stage: { select: { id: true, name: true, kind: true, position: true } },
      candidate: { select: { firstName: true, lastName: true, preferredName: true } },
      job: {
        select: {
          id: true,
          title: true,
          feedbackVisibility: true,
          scorecardDueHours: true,
          organization: { select: { name: true } },
          stages: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true, position: true } },
          scorecardAttributes: { orderBy: { position: "asc" }, select: { id: true, name: true } },
        },
      },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  const { job } = application;

  // The blind-feedback rules live in one read (lib/scorecards): a decider on the panel who has
  // not submitted reads no one else's, like any interviewer.
  const read = await getScorecardsForApplication({ actor, applicationId });
  // Sequential (not Promise.all) for the embedded PGlite server: see load-candidate-profile-view.ts.
  const durations = await db.interview.findMany({
    where: { id: { in: read.pending.map((seat) => seat.interview.id) } },
    select: { id: true, durationMinutes: true },
  });
  const decisions = await db.hiringDecision.findMany({
    where: { applicationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, note: true, createdAt: true, decidedBy: { select: { name: true, email: true } } },
  });
  const rejectionOptions = await listRejectionOptions({ actor });
  const targets = decisionTargets(application.stage, job.stages);

  return {
    application: {
      id: application.id,
      reference: application.reference,
      version: application.version,
      status: application.status,
      locale: application.locale,
      stage: { id: application.stage.id, name: application.stage.name, kind: application.stage.kind },
      candidate: application.candidate,
      job: {
        id: job.id,
        title: job.title,
        organizationName: job.organization.name,
        feedbackVisibility: job.feedbackVisibility,
      },
    },
    blind: read.access.readOthers
      ? null
      : { interviewIds: read.pending.filter((seat) => seat.user.id === actor.userId).map((seat) => seat.interview.id) },
    attributes: job.scorecardAttributes,
    scorecards: toDecisionScorecards(read),
    outstanding: toOutstanding(read.pending, { durations, dueHours: job.scorecardDueHours, now }),
    decisions: decisions.map(({ decidedBy, note, ...decision }) => ({
      ...decision,
      note: read.access.readOthers ? note : null,
      decidedByName: decidedBy.name ?? decidedBy.email,
    })),
    targets: { next: stageRef(targets.next), offer: stageRef(targets.offer) },
    rejectionOptions,
    senderName: senderName(actor, job.organization.name),
  };
}

const stageRef = (stage: { id: number; name: string } | null) => (stage ? { id: stage.id, name: stage.name } : null);
