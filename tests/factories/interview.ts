import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Rating, Recommendation } from "../../lib/generated/prisma/enums";

type Db = Prisma.TransactionClient;

export type CreateInterviewOptions = {
  applicationId: string;
  scheduledById: string;
  panelUserIds: string[];
  title?: string;
  startsAt?: Date;
  durationMinutes?: number;
  timeZone?: string;
  planItemId?: number | null;
  status?: "SCHEDULED" | "CANCELLED";
};

/** A scheduled interview (tomorrow, 10:00 UTC, an hour long unless told) with its panel. */
export async function createInterview(db: Db, options: CreateInterviewOptions) {
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  tomorrow.setUTCHours(10, 0, 0, 0);
  return db.interview.create({
    data: {
      applicationId: options.applicationId,
      scheduledById: options.scheduledById,
      planItemId: options.planItemId ?? null,
      title: options.title ?? "Systems design",
      startsAt: options.startsAt ?? tomorrow,
      durationMinutes: options.durationMinutes ?? 60,
      timeZone: options.timeZone ?? "America/Los_Angeles",
      videoUrl: "https://meet.example.test/onsite",
      status: options.status ?? "SCHEDULED",
      calendarUid: `${randomUUID()}@trellis.test`,
      panel: { create: options.panelUserIds.map((userId) => ({ userId })) },
    },
    include: { panel: true },
  });
}

export type CreateScorecardOptions = {
  interviewId: string;
  authorId: string;
  submitted?: boolean;
  recommendation?: Recommendation | null;
  keyTakeaways?: string;
  privateNotes?: string;
  /** Ratings by ScorecardAttribute id. */
  ratings?: Record<number, Rating>;
};

/** A scorecard for one panelist, a draft unless `submitted`. */
export async function createScorecard(db: Db, options: CreateScorecardOptions) {
  const interview = await db.interview.findUniqueOrThrow({
    where: { id: options.interviewId },
    select: { applicationId: true },
  });
  const submitted = options.submitted ?? false;
  return db.scorecard.create({
    data: {
      interviewId: options.interviewId,
      applicationId: interview.applicationId,
      authorId: options.authorId,
      status: submitted ? "SUBMITTED" : "DRAFT",
      submittedAt: submitted ? new Date() : null,
      recommendation: options.recommendation ?? (submitted ? "YES" : null),
      keyTakeaways: options.keyTakeaways ?? (submitted ? "Clear reasoning about isolates and memory." : ""),
      privateNotes: options.privateNotes ?? "",
      ratings: {
        create: Object.entries(options.ratings ?? {}).map(([attributeId, rating]) => ({
          attributeId: Number(attributeId),
          rating,
        })),
      },
    },
    include: { ratings: true },
  });
}
