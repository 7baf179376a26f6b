import "server-only";
import {
  accommodationForCandidate,
  accommodationForCandidateSelect,
} from "@/lib/accommodations/accommodation-for-candidate";
import { db } from "@/lib/db";
import { formatInterviewTime } from "@/lib/interviews/format-interview-time";
import { candidateStatus } from "./candidate-status";
import { findStatusLinkHolder } from "./status-link";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The status page's view, found by the private token from the confirmation email: the state in
 * candidate terms, interviews still to come (never who sits on the panel), the candidate's own
 * accommodation request in plain words, whether they asked to be erased, and until when the link
 * works. Null for a link that is malformed, replaced, expired or belongs to an erased person.
 */
export async function getApplicationStatusByToken(token: string) {
  const holder = await findStatusLinkHolder(db, token);
  if (!holder) return null;
  const now = new Date();
  const application = await db.application.findUniqueOrThrow({
    where: { id: holder.applicationId },
    select: {
      reference: true,
      status: true,
      submittedAt: true,
      closedAt: true,
      stage: { select: { kind: true } },
      job: { select: { title: true, slug: true, organization: { select: { name: true } } } },
      interviews: {
        // Started up to a day ago: one still under way is shown until it ends (filtered below).
        where: { status: "SCHEDULED", startsAt: { gt: new Date(now.getTime() - DAY_MS) } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          startsAt: true,
          durationMinutes: true,
          timeZone: true,
          location: true,
          videoUrl: true,
        },
      },
      accommodationRequest: { select: accommodationForCandidateSelect },
      transitions: {
        where: { toStatus: "WITHDRAWN", actorId: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { rejectionReason: { select: { label: true } } },
      },
    },
  });
  const hasScheduledInterview = await db.interview.count({
    where: { applicationId: holder.applicationId, status: "SCHEDULED" },
  });
  const erasure = await db.erasureRequest.findFirst({
    // The record's own (staff, retention) requests, or one asked through a link to this address.
    where: {
      candidateId: holder.candidateId,
      status: { in: ["PENDING", "ON_HOLD"] },
      OR: [{ applicationId: null }, { application: { emailNormalized: holder.emailNormalized } }],
    },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: { requestedAt: true, status: true },
  });
  const upcoming = application.interviews.filter(
    (interview) => interview.startsAt.getTime() + interview.durationMinutes * 60_000 > now.getTime(),
  );

  return {
    reference: application.reference,
    submittedAt: application.submittedAt,
    closedAt: application.closedAt,
    jobTitle: application.job.title,
    jobSlug: application.job.slug,
    organizationName: application.job.organization.name,
    isActive: application.status === "ACTIVE",
    status: candidateStatus({
      status: application.status,
      stageKind: application.stage.kind,
      hasScheduledInterview: hasScheduledInterview > 0,
    }),
    // Only a withdrawal the candidate made here shows its reason: any other reason is internal.
    ownWithdrawalReason:
      application.status === "WITHDRAWN" ? (application.transitions[0]?.rejectionReason?.label ?? null) : null,
    upcomingInterviews: upcoming.map((interview) => ({
      id: interview.id,
      title: interview.title,
      time: formatInterviewTime(interview),
      // The page formats the time again in its own language.
      startsAt: interview.startsAt,
      durationMinutes: interview.durationMinutes,
      timeZone: interview.timeZone,
      location: interview.location,
      videoUrl: interview.videoUrl,
    })),
    accommodation: application.accommodationRequest
      ? accommodationForCandidate(application.accommodationRequest)
      : null,
    erasure,
    // When this link stops working: set once the application is closed (status-link-expiry.ts).
    linkExpiresAt: holder.expiresAt,
  };
}

export type ApplicationStatusView = NonNullable<Awaited<ReturnType<typeof getApplicationStatusByToken>>>;
