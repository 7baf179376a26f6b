// The one place that decides what each staff role may see and do. Its specification is the
// table "What each role may see" in the product brief; every page, action, route handler and
// query asks here (directly, or through the `where` filters below).
import type { Prisma, StaffRole } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

export type Action =
  | "application.read"
  | "application.move"
  | "application.reject"
  | "application.tag"
  | "application.note"
  | "application.readEligibility"
  | "accommodation.read"
  | "accommodation.manage"
  | "eeoReport.read"
  | "scorecard.readAll"
  | "audit.read"
  | "job.read"
  | "job.manage"
  | "template.manage"
  | "staff.manage"
  | "candidate.merge";

const EVERY_STAFF_ROLE: StaffRole[] = ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"];
const RECRUITING: StaffRole[] = ["ADMIN", "RECRUITER", "COORDINATOR"];
const TRIAGE: StaffRole[] = [...RECRUITING, "HIRING_MANAGER"];

/** Which roles may take an action at all; scope (which jobs) is decided by the filters below. */
const ROLES_BY_ACTION: Record<Action, StaffRole[]> = {
  "application.read": EVERY_STAFF_ROLE,
  "application.move": TRIAGE,
  "application.reject": TRIAGE,
  "application.tag": TRIAGE,
  "application.note": TRIAGE,
  // Work authorization and export control: recruiting staff, never the panel.
  "application.readEligibility": RECRUITING,
  // Accommodation requests: the people who handle them, never evaluators.
  "accommodation.read": ["ADMIN", "COORDINATOR"],
  "accommodation.manage": ["ADMIN", "COORDINATOR"],
  // Self-identification exists only in aggregate, and only for these roles.
  "eeoReport.read": ["ADMIN", "RECRUITER"],
  "scorecard.readAll": ["ADMIN", "RECRUITER"],
  "audit.read": ["ADMIN"],
  "job.read": EVERY_STAFF_ROLE,
  "job.manage": ["ADMIN", "RECRUITER"],
  "template.manage": ["ADMIN", "RECRUITER"],
  "staff.manage": ["ADMIN"],
  "candidate.merge": ["ADMIN", "RECRUITER"],
};

/** Roles that see every job's applications; the others only their own jobs or interviews. */
const SEES_ALL_JOBS: StaffRole[] = RECRUITING;

export function can(actor: Actor, action: Action): boolean {
  return ROLES_BY_ACTION[action].includes(actor.role);
}

export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
}

/** The jobs whose pipeline an actor may see. */
export function jobsVisibleTo(actor: Actor): Prisma.JobWhereInput {
  if (SEES_ALL_JOBS.includes(actor.role)) return {};
  if (actor.role === "HIRING_MANAGER") return { hiringTeam: { some: { userId: actor.userId, role: "HIRING_MANAGER" } } };
  // Interviewers see their interviews, not job pipelines (interviews arrive with the panel feature).
  return { id: { in: [] } };
}

/** The applications an actor may see; combine with AND in every application query. */
export function applicationsVisibleTo(actor: Actor): Prisma.ApplicationWhereInput {
  if (SEES_ALL_JOBS.includes(actor.role)) return {};
  if (actor.role === "HIRING_MANAGER") return { job: jobsVisibleTo(actor) };
  // Interviewers: only applications they interview (none until interviews exist).
  return { id: { in: [] } };
}

/**
 * Active staff who may see the applications of a job (who can be @mentioned on one). The same
 * rules as applicationsVisibleTo, seen from the application's side: change both together.
 */
export function staffWhoSeeApplicationsOfJob(jobId: number): Prisma.UserWhereInput {
  return {
    active: true,
    role: { in: ROLES_BY_ACTION["application.read"] },
    OR: [{ role: { in: SEES_ALL_JOBS } }, { role: "HIRING_MANAGER", hiringTeams: { some: { jobId, role: "HIRING_MANAGER" } } }],
  };
}

/** The applications an actor may act on with `action` (role check and scope in one filter). */
export function applicationsActionableBy(actor: Actor, action: Action): Prisma.ApplicationWhereInput {
  return can(actor, action) ? applicationsVisibleTo(actor) : { id: { in: [] } };
}

/**
 * Throws unless the actor may take `action` on every listed application. An application the
 * actor cannot even see is reported as not found, so ids of other jobs' candidates leak nothing.
 */
export async function authorizeApplications(
  db: { application: { count(args: { where: Prisma.ApplicationWhereInput }): Promise<number> } },
  actor: Actor,
  action: Action,
  applicationIds: string[],
): Promise<void> {
  const ids = [...new Set(applicationIds)];
  const visible = await db.application.count({ where: { AND: [{ id: { in: ids } }, applicationsVisibleTo(actor)] } });
  if (visible !== ids.length) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  assertCan(actor, action);
}
