import "server-only";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { scorecardReminderEmail } from "@/lib/email/templates/scorecard-reminder";
import { preferredFullName } from "@/lib/format/names";
import { formatInterviewTime } from "@/lib/interviews/format-interview-time";
import { interviewPacketPath } from "@/lib/paths/interviews";
import { absoluteUrl } from "@/lib/utils/absolute-url";

/** At most this many reminders per run keeps the transaction short; the next run takes the rest. */
const DEFAULT_BATCH = 200;

export type OverdueReminders = {
  /** One outbox message per reminded seat, to deliver after the commit. */
  emailIds: string[];
};

type ClaimedSeat = { interviewId: string; userId: string };

/**
 * Emails each interviewer whose scorecard is overdue: a seat on a scheduled interview of an
 * active application, whose end plus the job's scorecardDueHours is past, with no scorecard
 * submitted by them for that interview and no reminder sent yet. Once per seat, however many
 * workers run this at the same time: each seat is claimed by setting reminderSentAt in one
 * statement, and the emails are written to the outbox in the same transaction as the claim.
 */
export async function remindOverdueScorecards(
  now = new Date(),
  { batch = DEFAULT_BATCH } = {},
): Promise<OverdueReminders> {
  return db.$transaction(async (tx) => {
    // SKIP LOCKED: a seat another run is claiming right now is its business. A seat that run
    // claimed and committed after this statement began is re-checked on locking (READ
    // COMMITTED) and no longer has reminderSentAt IS NULL, so it is not claimed twice.
    const claimed = await tx.$queryRaw<ClaimedSeat[]>`
      WITH overdue AS (
        SELECT seat."interviewId", seat."userId"
          FROM "InterviewPanelist" AS seat
          JOIN "Interview" AS interview ON interview."id" = seat."interviewId"
          JOIN "Application" AS application ON application."id" = interview."applicationId"
          JOIN "Job" AS job ON job."id" = application."jobId"
          JOIN "User" AS panelist ON panelist."id" = seat."userId"
         WHERE seat."reminderSentAt" IS NULL
           AND interview."status" = 'SCHEDULED'
           AND application."status" = 'ACTIVE'
           AND panelist."active"
           AND interview."startsAt" + make_interval(mins => interview."durationMinutes", hours => job."scorecardDueHours") < ${now}
           AND NOT EXISTS (
                 SELECT 1 FROM "Scorecard" AS scorecard
                  WHERE scorecard."interviewId" = seat."interviewId" AND scorecard."authorId" = seat."userId" AND scorecard."status" = 'SUBMITTED')
         ORDER BY interview."startsAt"
         LIMIT ${batch}
           FOR UPDATE OF seat SKIP LOCKED
      )
      UPDATE "InterviewPanelist" AS seat
         SET "reminderSentAt" = ${now}
        FROM overdue
       WHERE seat."interviewId" = overdue."interviewId" AND seat."userId" = overdue."userId" AND seat."reminderSentAt" IS NULL
      RETURNING seat."interviewId", seat."userId"`;
    if (claimed.length === 0) return { emailIds: [] };

    const seats = await tx.interviewPanelist.findMany({
      where: { OR: claimed.map(({ interviewId, userId }) => ({ interviewId, userId })) },
      // The emails are queued in this order.
      orderBy: [{ interviewId: "asc" }, { userId: "asc" }],
      select: {
        user: { select: { id: true, name: true, email: true } },
        interview: {
          select: {
            id: true,
            title: true,
            startsAt: true,
            durationMinutes: true,
            timeZone: true,
            applicationId: true,
            application: {
              select: {
                candidate: { select: { firstName: true, lastName: true, preferredName: true } },
                job: { select: { title: true } },
              },
            },
          },
        },
      },
    });
    const emailIds: string[] = [];
    for (const { user, interview } of seats) {
      const { candidate, job } = interview.application;
      const email = scorecardReminderEmail({
        recipientName: user.name ?? user.email,
        candidateName: preferredFullName(candidate),
        jobTitle: job.title,
        interviewTitle: interview.title,
        when: formatInterviewTime(interview),
        scorecardUrl: absoluteUrl(interviewPacketPath(interview.id)),
      });
      // applicationId stays unset: this is staff mail, not correspondence on the candidate's timeline.
      emailIds.push(
        await enqueueEmail(tx, { to: user.email, userId: user.id, template: "scorecard-reminder", ...email }),
      );
    }
    return { emailIds };
  });
}
