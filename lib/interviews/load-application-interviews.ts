import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, can, interviewsVisibleTo, panelEligibleFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { getPanelArrangement } from "./interview-context";

export type ApplicationInterview = Awaited<ReturnType<typeof listApplicationInterviews>>[number];

export type PlanItemOption = {
  id: number;
  name: string;
  durationMinutes: number;
  stageName: string;
  currentStage: boolean;
};
export type PanelOption = { id: string; name: string; email: string; role: StaffRole; onHiringTeam: boolean };
export type SchedulingOptions = { planItems: PlanItemOption[]; staff: PanelOption[]; arrangement: string | null };

/**
 * The profile's Interviews section: every interview of the application the actor may see and,
 * for those who schedule, what the form offers (plan items, staff) while the application is active.
 */
export async function loadApplicationInterviews({
  actor,
  applicationId,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  now?: Date;
}) {
  assertCan(actor, "application.read");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: { id: true, status: true, jobId: true, stageId: true },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  const interviews = await listApplicationInterviews(actor, applicationId, now);
  const canSchedule = can(actor, "interview.schedule");
  const options = canSchedule && application.status === "ACTIVE" ? await loadSchedulingOptions(application) : null;
  return { interviews, canSchedule, options };
}

async function listApplicationInterviews(actor: Actor, applicationId: string, now: Date) {
  const rows = await db.interview.findMany({
    where: { AND: [{ applicationId }, interviewsVisibleTo(actor)] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      planItemId: true,
      startsAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      videoUrl: true,
      status: true,
      calendarSequence: true,
      panel: {
        select: { user: { select: { id: true, name: true, email: true } } },
        orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      },
    },
  });
  return rows.map(({ panel, ...interview }) => ({
    ...interview,
    panel: panel.map(({ user }) => ({ id: user.id, name: user.name ?? user.email })),
    // Still ahead: it can be cancelled (afterwards that would take the panel's scorecards away).
    upcoming: interview.startsAt.getTime() > now.getTime(),
  }));
}

async function loadSchedulingOptions(application: {
  id: string;
  jobId: number;
  stageId: number;
}): Promise<SchedulingOptions> {
  const items = await db.interviewPlanItem.findMany({
    where: { jobId: application.jobId },
    select: {
      id: true,
      name: true,
      durationMinutes: true,
      position: true,
      stage: { select: { id: true, name: true, position: true } },
    },
  });
  // The candidate's current stage first: that is almost always what is being scheduled.
  const planItems = items
    .map((item) => ({ item, current: item.stage.id === application.stageId }))
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        a.item.stage.position - b.item.stage.position ||
        a.item.position - b.item.position,
    )
    .map(({ item, current }) => ({
      id: item.id,
      name: item.name,
      durationMinutes: item.durationMinutes,
      stageName: item.stage.name,
      currentStage: current,
    }));

  // The job's hiring team (the only people a new seat may go to, panelEligibleFor), and anyone
  // already seated on this application's interviews, so a reschedule can still take them off.
  const users = await db.user.findMany({
    where: {
      OR: [
        panelEligibleFor(application.jobId),
        { active: true, panelSeats: { some: { interview: { applicationId: application.id, status: "SCHEDULED" } } } },
      ],
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      hiringTeams: { where: { jobId: application.jobId }, select: { jobId: true } },
    },
  });
  const staff = users
    .map((user) => ({
      id: user.id,
      name: user.name ?? user.email,
      email: user.email,
      role: user.role,
      onHiringTeam: user.hiringTeams.length > 0,
    }))
    .sort((a, b) => Number(b.onHiringTeam) - Number(a.onHiringTeam));

  const arrangement = await getPanelArrangement(db, application.id);
  return { planItems, staff, arrangement };
}
