import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, DecisionKind, EmailStatus, RejectionKind } from "@/lib/generated/prisma/enums";
import { listInterviewChanges, type InterviewChange } from "@/lib/interviews/list-interview-changes";
import { listOfferEvents, type OfferTimelineEvent } from "@/lib/offers/list-offer-events";
import { feedbackAccessFor } from "@/lib/scorecards/scorecard-read-facts";

// Enough for any real application's history; a runaway loop cannot make the page unbounded.
const MAX_PER_KIND = 500;

export type TimelineEntry =
  | {
      kind: "transition";
      id: string;
      at: Date;
      actorName: string | null;
      fromStage: string | null;
      toStage: string | null;
      fromStatus: ApplicationStatus;
      toStatus: ApplicationStatus;
      reason: { label: string; kind: RejectionKind } | null;
    }
  | {
      kind: "email";
      id: string;
      at: Date;
      subject: string;
      status: EmailStatus;
      toAddress: string;
      sentAt: Date | null;
      body: string;
    }
  | { kind: "note"; id: string; at: Date; authorName: string; body: string }
  // `note` is null for a reader who may not read the application's feedback (decision notes
  // summarise the scorecards): coordinators, and deciders still blind on the panel.
  | { kind: "decision"; id: string; at: Date; decidedByName: string; decision: DecisionKind; note: string | null }
  | {
      kind: "interview";
      id: string;
      at: Date;
      actorName: string | null;
      change: InterviewChange;
      title: string;
      startsAt: Date;
      durationMinutes: number;
      timeZone: string;
    }
  // Offer steps without terms: listOfferEvents shows them to those who may know an offer exists.
  | ({ kind: "offer" } & OfferTimelineEvent);

/**
 * Everything that happened to an application, newest first: stage moves and outcomes, every
 * email to the candidate (this application's, and the person's own that belong to no
 * application), notes, hiring decisions, interviews scheduled, rescheduled or cancelled, and offer steps.
 */
export async function getApplicationTimeline({
  actor,
  applicationId,
}: {
  actor: Actor;
  applicationId: string;
}): Promise<TimelineEntry[]> {
  assertCan(actor, "application.read");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: { id: true, candidateId: true },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");

  // Sequential (not Promise.all) for the embedded PGlite server: see load-candidate-profile-view.ts.
  const transitions = await db.stageTransition.findMany({
    where: { applicationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_PER_KIND,
    select: {
      id: true,
      createdAt: true,
      fromStatus: true,
      toStatus: true,
      fromStage: { select: { name: true } },
      toStage: { select: { name: true } },
      rejectionReason: { select: { label: true, kind: true } },
      actor: { select: { name: true, email: true } },
    },
  });
  const emails = await db.emailOutbox.findMany({
    where: {
      OR: [{ applicationId }, { candidateId: application.candidateId, applicationId: null }],
      // Mail to staff about the application (interview invitations, reminders) is not correspondence with the candidate.
      userId: null,
      // Accommodation correspondence stays with the people who handle accommodations.
      ...(can(actor, "accommodation.read") ? {} : { NOT: { template: { startsWith: "accommodation" } } }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_PER_KIND,
    select: { id: true, createdAt: true, sentAt: true, subject: true, status: true, toAddress: true, textBody: true },
  });
  const notes = await db.note.findMany({
    where: { applicationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_PER_KIND,
    select: { id: true, createdAt: true, body: true, author: { select: { name: true, email: true } } },
  });
  // The notes are fetched only for a reader of the feedback; everyone sees that a decision was made.
  const readsFeedback = (await feedbackAccessFor(db, actor, applicationId)).readOthers;
  const decisions = await db.hiringDecision.findMany({
    where: { applicationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_PER_KIND,
    select: {
      id: true,
      createdAt: true,
      kind: true,
      note: readsFeedback,
      decidedBy: { select: { name: true, email: true } },
    },
  });
  const interviewChanges = await listInterviewChanges(applicationId, MAX_PER_KIND);
  const offerEvents = await listOfferEvents(actor, applicationId, MAX_PER_KIND);

  const entries: TimelineEntry[] = [
    ...transitions.map((row) => ({
      kind: "transition" as const,
      id: row.id,
      at: row.createdAt,
      actorName: row.actor ? (row.actor.name ?? row.actor.email) : null,
      fromStage: row.fromStage?.name ?? null,
      toStage: row.toStage?.name ?? null,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      reason: row.rejectionReason,
    })),
    ...emails.map((row) => ({
      kind: "email" as const,
      id: row.id,
      at: row.createdAt,
      subject: row.subject,
      status: row.status,
      toAddress: row.toAddress,
      sentAt: row.sentAt,
      body: row.textBody,
    })),
    ...notes.map((row) => ({
      kind: "note" as const,
      id: row.id,
      at: row.createdAt,
      authorName: row.author.name ?? row.author.email,
      body: row.body,
    })),
    ...decisions.map((row) => ({
      kind: "decision" as const,
      id: row.id,
      at: row.createdAt,
      decidedByName: row.decidedBy.name ?? row.decidedBy.email,
      decision: row.kind,
      note: readsFeedback ? (row.note ?? "") : null,
    })),
    ...interviewChanges.map((change) => ({ kind: "interview" as const, ...change })),
    ...offerEvents.map((event) => ({ kind: "offer" as const, ...event })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));
}
