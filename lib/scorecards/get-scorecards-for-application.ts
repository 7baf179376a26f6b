import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { packetApplicationsVisibleTo, scorecardAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Rating, Recommendation } from "@/lib/generated/prisma/enums";
import { loadScorecardReadFacts } from "./scorecard-read-facts";

/** What is read of a scorecard; private notes only when the reader may see them (never fetched otherwise). */
function scorecardSelect(withPrivateNotes: boolean) {
  return {
    id: true,
    status: true,
    recommendation: true,
    keyTakeaways: true,
    privateNotes: withPrivateNotes,
    version: true,
    submittedAt: true,
    editedAfterRevealAt: true,
    updatedAt: true,
    interview: { select: { id: true, title: true, startsAt: true, timeZone: true } },
    author: { select: { id: true, name: true, email: true } },
    ratings: { select: { attributeId: true, rating: true, notes: true } },
    revisions: { orderBy: { createdAt: "desc" }, select: { createdAt: true } },
  } as const;
}

type ScorecardRow = {
  id: string;
  status: "DRAFT" | "SUBMITTED";
  recommendation: Recommendation | null;
  keyTakeaways: string;
  privateNotes?: string;
  version: number;
  submittedAt: Date | null;
  editedAfterRevealAt: Date | null;
  updatedAt: Date;
  interview: { id: string; title: string; startsAt: Date; timeZone: string };
  author: { id: string; name: string | null; email: string };
  ratings: { attributeId: number; rating: Rating | null; notes: string }[];
  revisions: { createdAt: Date }[];
};

function toScorecardView(row: ScorecardRow, withPrivateNotes: boolean) {
  return {
    id: row.id,
    status: row.status,
    recommendation: row.recommendation,
    keyTakeaways: row.keyTakeaways,
    privateNotes: withPrivateNotes ? (row.privateNotes ?? "") : null,
    version: row.version,
    submittedAt: row.submittedAt,
    // Last edited while its author could already read others' feedback: no longer blind.
    editedAfterRevealAt: row.editedAfterRevealAt,
    updatedAt: row.updatedAt,
    interview: row.interview,
    author: { id: row.author.id, name: row.author.name ?? row.author.email },
    ratings: row.ratings,
    // Every submission and every later edit (newest first): the history a reader can ask about.
    revisions: { count: row.revisions.length, lastAt: row.revisions[0]?.createdAt ?? null },
  };
}

export type ScorecardView = ReturnType<typeof toScorecardView>;

/**
 * The scorecards of one application this actor may read: always their own (drafts included),
 * and the others' submitted ones only when the blind-feedback rule (scorecardAccess) allows,
 * private notes only for the people who decide. Others' drafts are never read. Also the job's
 * attributes and who on the panel still owes a scorecard (names only).
 */
export async function getScorecardsForApplication({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, packetApplicationsVisibleTo(actor)] },
    select: {
      id: true,
      job: {
        select: {
          scorecardAttributes: { orderBy: { position: "asc" }, select: { id: true, name: true, description: true } },
        },
      },
      interviews: {
        where: { status: "SCHEDULED" },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          startsAt: true,
          timeZone: true,
          panel: { select: { user: { select: { id: true, name: true, email: true } } } },
        },
      },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");

  const ownRows = await db.scorecard.findMany({
    where: { applicationId, authorId: actor.userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: scorecardSelect(true),
  });
  const facts = await loadScorecardReadFacts(db, actor, applicationId);
  const access = scorecardAccess(actor, facts);
  const otherRows = access.readOthers
    ? await db.scorecard.findMany({
        where: { applicationId, authorId: { not: actor.userId }, status: "SUBMITTED" },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: scorecardSelect(access.readPrivateNotes),
      })
    : [];
  // Who has submitted is not feedback: listing who still owes one is fine for every reader.
  const submitted = await db.scorecard.findMany({
    where: { applicationId, status: "SUBMITTED" },
    select: { interviewId: true, authorId: true },
  });
  const done = new Set(submitted.map((row) => `${row.interviewId}:${row.authorId}`));

  return {
    applicationId: application.id,
    feedbackVisibility: facts.feedbackVisibility,
    access,
    onPanel: facts.onPanel,
    hasSubmittedOwn: facts.hasSubmittedOwn,
    // For the notice a blind reader sees: will submitting their own open the others?
    opensAfterSubmitting: !access.readOthers && scorecardAccess(actor, { ...facts, hasSubmittedOwn: true }).readOthers,
    // Nothing opens for this role, whatever the job's rule (coordinators, even from a panel seat).
    roleReadsNone: !scorecardAccess(actor, {
      ...facts,
      onPanel: true,
      hasSubmittedOwn: true,
      feedbackVisibility: "ALWAYS",
    }).readOthers,
    attributes: application.job.scorecardAttributes,
    own: ownRows.map((row) => toScorecardView(row, true)),
    others: otherRows.map((row) => toScorecardView(row, access.readPrivateNotes)),
    pending: application.interviews.flatMap((interview) =>
      interview.panel
        .filter((seat) => !done.has(`${interview.id}:${seat.user.id}`))
        .map((seat) => ({
          interview: {
            id: interview.id,
            title: interview.title,
            startsAt: interview.startsAt,
            timeZone: interview.timeZone,
          },
          user: { id: seat.user.id, name: seat.user.name ?? seat.user.email },
        })),
    ),
  };
}

export type ApplicationScorecards = Awaited<ReturnType<typeof getScorecardsForApplication>>;
