import "server-only";
import { TZDate } from "@date-fns/tz";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueCandidateEmail } from "@/lib/candidate-rights/confirmation-email";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { db, type DbTransaction } from "@/lib/db";
import { interviewSlotsOfferedEmail } from "@/lib/email/templates/interview-slots-offered";
import { AppError } from "@/lib/errors";
import { formatDuration } from "@/lib/interviews/format-interview-time";
import {
  assertApplicationActive,
  findPanel,
  findPlanItem,
  loadInvitationContext,
} from "@/lib/interviews/interview-context";
import { computeSlots, type Interval } from "./compute-slots";
import { loadPanelAvailability } from "./panel-availability";
import type { OfferSlotsFormInput } from "./schema";

const HOUR = 60 * 60 * 1000;
const MAX_DAYS_AHEAD = 366;

/**
 * The extra minutes an accommodation arrangement gives each interview, once the coordinators
 * handle the request (as getPanelArrangement). Only the number: the request never leaves the queue.
 */
export async function getExtraInterviewMinutes(tx: DbTransaction, applicationId: string): Promise<number> {
  const request = await tx.accommodationRequest.findFirst({
    where: { applicationId, status: { in: ["ARRANGED", "IN_DISCUSSION"] } },
    select: { extraMinutes: true },
  });
  return request?.extraMinutes ?? 0;
}

function dayRange(input: Pick<OfferSlotsFormInput, "firstDay" | "lastDay" | "timeZone">): Interval {
  const at = (iso: string, plusDays: number) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return new TZDate(y, m - 1, d + plusDays, 0, 0, input.timeZone).getTime();
  };
  return { start: at(input.firstDay, 0), end: at(input.lastDay, 1) };
}

export type OfferedSlots = { offerId: string; slotCount: number; durationMinutes: number; emailId: string };

/**
 * Offers the candidate the times the whole panel is free in the chosen days (no sooner than the
 * job's cut-off), for an interview as long as the plan says plus any accommodation's extra
 * minutes, and emails them a fresh status link to choose one. One transaction with the email.
 */
export async function offerSlots({
  actor,
  applicationId,
  input,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  input: OfferSlotsFormInput;
  now?: Date;
}): Promise<OfferedSlots> {
  return db.$transaction(async (tx) => {
    await authorizeApplications(tx, actor, "interview.offerSlots", [applicationId]);
    const context = await loadInvitationContext(tx, applicationId);
    assertApplicationActive(context);
    const planItem = await findPlanItem(tx, context.jobId, input.planItemId);
    const panel = await findPanel(tx, { jobId: context.jobId, userIds: input.panelUserIds });
    const job = await tx.job.findUniqueOrThrow({
      where: { id: context.jobId },
      select: { selfScheduleCutoffHours: true },
    });
    const durationMinutes = input.durationMinutes + (await getExtraInterviewMinutes(tx, applicationId));
    const days = dayRange(input);
    if (days.end <= now.getTime() || days.start > now.getTime() + MAX_DAYS_AHEAD * 24 * HOUR) {
      const message = "Choose days from today to a year ahead";
      throw new AppError("VALIDATION", message, { firstDay: [message] });
    }
    const range = { start: Math.max(days.start, now.getTime() + job.selfScheduleCutoffHours * HOUR), end: days.end };
    const availability = await loadPanelAvailability(tx, panel, range);
    const slots = computeSlots({ panel: availability, range, durationMinutes });
    if (slots.length === 0) {
      const message = `The panel has no ${formatDuration(durationMinutes)} free together on these days (after the job's ${job.selfScheduleCutoffHours}-hour cut-off). Choose more days or another panel.`;
      throw new AppError("VALIDATION", message, { lastDay: [message] });
    }

    const title = input.title ?? planItem?.name ?? "Interview";
    const offer = await tx.slotOffer.create({
      data: {
        applicationId,
        jobId: context.jobId,
        planItemId: planItem?.id ?? null,
        title,
        durationMinutes,
        timeZone: input.timeZone,
        location: input.location,
        videoUrl: input.videoUrl,
        offeredById: actor.userId,
        panel: { create: panel.map((member) => ({ userId: member.id })) },
        slots: { create: slots.map((startsAt) => ({ startsAt })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "interview.slotsOffered",
      subjectType: "application",
      subjectId: applicationId,
      metadata: { slotOfferId: offer.id, title, slots: slots.length, panel: panel.map((member) => member.id) },
    });
    // The status link is only ever in an email, so the invitation carries a new one.
    const token = await issueStatusLink(tx, applicationId, now);
    const emailId = await queueCandidateEmail(tx, {
      applicationId,
      statusToken: token,
      template: "interview-slots-offered",
      render: (common) =>
        interviewSlotsOfferedEmail({
          ...common,
          interviewTitle: title,
          duration: formatDuration(durationMinutes, common.locale),
          slotCount: slots.length,
        }),
    });
    return { offerId: offer.id, slotCount: slots.length, durationMinutes, emailId };
  });
}
