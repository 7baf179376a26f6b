// The one place that decides what each staff role may see and do. Its specification is the
// permission matrix pinned row by row in permissions.test.ts (docs/security.md); every page,
// action, route handler and query asks here (directly, or through the `where` filters below).
import type { FeedbackVisibility, Prisma, StaffRole } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { isStorableText } from "@/lib/validations/storable-text";
import type { Actor, ApiScope } from "./actor";

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
  | "report.read"
  | "scorecard.readAll"
  | "audit.read"
  | "job.read"
  | "job.manage"
  | "job.publishOverride"
  | "template.manage"
  | "staff.manage"
  | "candidate.merge"
  | "interview.schedule"
  | "interview.offerSlots"
  | "availability.readAny"
  | "availability.editAny"
  | "interviewPlan.manage"
  | "feedbackRule.manage"
  | "scorecard.write"
  | "hiring.decide"
  | "legalText.manage"
  | "privacy.manage"
  | "savedView.shareAcrossJobs"
  | "pipeline.read"
  | "offer.readExistence"
  | "offer.read"
  | "offer.manage"
  | "offer.approve"
  | "offer.readExportReview"
  | "offer.exportReview"
  | "webhook.manage"
  | "apiToken.manage"
  | "candidate.read";

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
  // Pipeline reports (funnel, time in stage, sources, scorecards owed): the people who run the
  // pipeline, hiring managers for their jobs (scope: jobsVisibleTo). Counts and durations only.
  "report.read": TRIAGE,
  "scorecard.readAll": ["ADMIN", "RECRUITER"],
  "audit.read": ["ADMIN"],
  "job.read": EVERY_STAFF_ROLE,
  "job.manage": ["ADMIN", "RECRUITER"],
  // Publishing although the posting lacks what its places' law wants, with a recorded reason.
  "job.publishOverride": ["ADMIN"],
  "template.manage": ["ADMIN", "RECRUITER"],
  "staff.manage": ["ADMIN"],
  "candidate.merge": ["ADMIN", "RECRUITER"],
  // Coordinators run the interview loop: they schedule and plan it, and never read feedback.
  "interview.schedule": RECRUITING,
  "interviewPlan.manage": RECRUITING,
  // Offering a candidate times to book is scheduling by another route: the same people.
  "interview.offerSlots": RECRUITING,
  // Everyone keeps their own availability (availabilityEditableBy); these see or change anyone's.
  "availability.readAny": RECRUITING,
  "availability.editAny": ["ADMIN"],
  // When interviewers may read each other's feedback (Job.feedbackVisibility): only the people
  // who read every scorecard anyway. A coordinator plans the loop but cannot open its feedback.
  "feedbackRule.manage": ["ADMIN", "RECRUITER"],
  // Whoever holds a panel seat writes their own scorecard: the seat is checked (interviewSeatOf),
  // and who may be given one is decided by panelEligibleFor.
  "scorecard.write": EVERY_STAFF_ROLE,
  // Advance, reject or make an offer after the panel: the people who see every scorecard.
  "hiring.decide": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  // Versioned legal texts, retention policy, legal holds and erasure on a candidate's behalf.
  "legalText.manage": ["ADMIN"],
  "privacy.manage": ["ADMIN"],
  // A saved view of the all-jobs table is shared among the people who see every job.
  "savedView.shareAcrossJobs": RECRUITING,
  // Job pipelines (jobs list, board, applications table): interviewers have none to look at, so
  // they are sent to their interviews instead of an empty page (the scope filters still apply).
  "pipeline.read": TRIAGE,
  // Offers (scope: offersVisibleTo). Coordinators learn that an offer exists and where it stands,
  // never its terms or letter; interviewers nothing.
  "offer.readExistence": TRIAGE,
  "offer.read": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "offer.manage": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  // Only a job's named approver acts on a step (offerApproverEligibleFor, OfferApproval).
  "offer.approve": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  // The export-control review reads the candidate's export-control answer: admins decide it,
  // recruiters (who read eligibility answers anyway) see its outcome; hiring managers only that it is done.
  "offer.readExportReview": ["ADMIN", "RECRUITER"],
  "offer.exportReview": ["ADMIN"],
  // Webhook endpoints, their secrets and the host allow-list: admins only.
  "webhook.manage": ["ADMIN"],
  "apiToken.manage": ["ADMIN"],
  // A candidate's contact record (name, email, phone, links) without opening an application:
  // the people who see pipelines, scoped by the applications they see (the staff API).
  "candidate.read": TRIAGE,
};

/**
 * What each API token scope allows, within what a recruiter may (the role tokens act as). No
 * scope reaches eligibility answers, accommodation requests, self-identification, notes or
 * anything an admin alone does, whatever an admin ticks.
 */
export const ACTIONS_BY_SCOPE: Record<ApiScope, readonly Action[]> = {
  "jobs:read": ["job.read", "pipeline.read"],
  "applications:read": ["application.read", "pipeline.read"],
  "applications:write": ["application.move", "application.reject"],
  "scorecards:read": ["scorecard.readAll"],
  "candidates:read": ["candidate.read"],
};

/** Roles that see every job's applications; the others only their own jobs or interviews. */
const SEES_ALL_JOBS: StaffRole[] = RECRUITING;

export function can(actor: Actor, action: Action): boolean {
  if (!ROLES_BY_ACTION[action].includes(actor.role)) return false;
  return actor.kind !== "apiToken" || actor.scopes.some((scope) => ACTIONS_BY_SCOPE[scope].includes(action));
}

export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
}

/** The jobs whose pipeline an actor may see. */
export function jobsVisibleTo(actor: Actor): Prisma.JobWhereInput {
  if (SEES_ALL_JOBS.includes(actor.role)) return {};
  if (actor.role === "HIRING_MANAGER")
    return { hiringTeam: { some: { userId: actor.userId, role: "HIRING_MANAGER" } } };
  // Interviewers see their interviews (interviewsVisibleTo), not job pipelines.
  return { id: { in: [] } };
}

/**
 * The applications whose pipeline record an actor may see (board, table, full profile with
 * notes and timeline); combine with AND in every such query. Interviewers reach applications
 * only through the candidate packet of their interviews (packetApplicationsVisibleTo).
 */
export function applicationsVisibleTo(actor: Actor): Prisma.ApplicationWhereInput {
  if (SEES_ALL_JOBS.includes(actor.role)) return {};
  if (actor.role === "HIRING_MANAGER") return { job: jobsVisibleTo(actor) };
  return { id: { in: [] } };
}

/**
 * The saved table views an actor may see and apply: their own and those shared with them (a
 * job's views with everyone who sees that job; all-jobs views among recruiting staff), and
 * never one of a job they cannot see.
 */
export function savedViewsVisibleTo(actor: Actor): Prisma.SavedViewWhereInput {
  const sharedAcrossJobs: Prisma.SavedViewWhereInput[] = can(actor, "savedView.shareAcrossJobs")
    ? [{ shared: true, jobId: null, owner: { role: { in: ROLES_BY_ACTION["savedView.shareAcrossJobs"] } } }]
    : [];
  return {
    AND: [
      { OR: [{ ownerId: actor.userId }, { shared: true, jobId: { not: null } }, ...sharedAcrossJobs] },
      // `is`: a bare {} relation filter inside OR matches nothing in Prisma, and {} means every job.
      { OR: [{ jobId: null }, { job: { is: jobsVisibleTo(actor) } }] },
    ],
  };
}

/** The saved views an actor may rename or delete: their own, of jobs they still see. */
export function savedViewsEditableBy(actor: Actor): Prisma.SavedViewWhereInput {
  return { AND: [{ ownerId: actor.userId }, savedViewsVisibleTo(actor)] };
}

/**
 * A seat on a panel that still happens (a cancelled interview gives no access): what reading the
 * packet of, and writing one's own scorecard for, an interview needs.
 */
export function interviewSeatOf(actor: Actor): Prisma.InterviewWhereInput {
  return { status: "SCHEDULED", panel: { some: { userId: actor.userId } } };
}

/**
 * Who may be given a seat on a panel of the job's interviews: active members of the job's hiring
 * team, which only admins and recruiters set (job.manage, audited). A scheduler picks from them
 * and cannot seat anyone else, themselves included, so scheduling grants no access to feedback.
 */
export function panelEligibleFor(jobId: number): Prisma.UserWhereInput {
  return { active: true, hiringTeams: { some: { jobId } } };
}

/**
 * Whose availability (weekly hours, days away) an actor may read: their own; anyone's for the
 * people who plan interviews; a hiring manager also that of their jobs' hiring teams.
 */
export function availabilityVisibleTo(actor: Actor): Prisma.UserWhereInput {
  if (can(actor, "availability.readAny")) return {};
  if (actor.role === "HIRING_MANAGER")
    return { OR: [{ id: actor.userId }, { hiringTeams: { some: { job: jobsVisibleTo(actor) } } }] };
  return { id: actor.userId };
}

/** Only one's own availability, or anyone's for admins: nobody books another person's time. */
export function availabilityEditableBy(actor: Actor, userId: string): boolean {
  return actor.userId === userId || can(actor, "availability.editAny");
}

/** Roles that never read another person's scorecard, even from a panel seat (decision 0025). */
const NEVER_READS_FEEDBACK: StaffRole[] = ["COORDINATOR"];

/**
 * The applications whose candidate packet (resume, answers, links; never eligibility,
 * accommodation or self-identification) an actor may see: the pipeline ones, plus those of the
 * interviews they sit on.
 */
export function packetApplicationsVisibleTo(actor: Actor): Prisma.ApplicationWhereInput {
  const pipeline = applicationsVisibleTo(actor);
  if (SEES_ALL_JOBS.includes(actor.role)) return pipeline;
  return { OR: [pipeline, { interviews: { some: interviewSeatOf(actor) } }] };
}

/** The interviews an actor may see: every one for recruiting staff, their jobs' for hiring managers, their own seats for all. */
export function interviewsVisibleTo(actor: Actor): Prisma.InterviewWhereInput {
  if (SEES_ALL_JOBS.includes(actor.role)) return {};
  if (actor.role === "HIRING_MANAGER")
    return { OR: [{ application: applicationsVisibleTo(actor) }, interviewSeatOf(actor)] };
  return interviewSeatOf(actor);
}

/** What is known about an actor and one application when deciding which scorecards they read. */
export interface ScorecardReadFacts {
  feedbackVisibility: FeedbackVisibility;
  /** The actor is the hiring manager of the application's job. */
  isHiringManagerOfJob: boolean;
  /** The actor sits on a scheduled interview of this application. */
  onPanel: boolean;
  /** The actor has submitted a scorecard for this application. */
  hasSubmittedOwn: boolean;
}

export interface ScorecardAccess {
  /** Others' submitted scorecards (drafts are only ever their author's). */
  readOthers: boolean;
  /** Others' private notes: only the people who decide. */
  readPrivateNotes: boolean;
}

/**
 * Blind feedback. The people who decide (admins, recruiters, the job's hiring manager) read
 * every submitted scorecard, unless they sit on the panel themselves and have not submitted
 * yet: then they are an interviewer like any other. Interviewers read the others' by the job's
 * policy (always, after submitting their own, never). Coordinators read none, not even when a
 * recruiter put them on the hiring team and they sit on the panel: they write their own only.
 */
export function scorecardAccess(actor: Actor, facts: ScorecardReadFacts): ScorecardAccess {
  if (NEVER_READS_FEEDBACK.includes(actor.role)) return { readOthers: false, readPrivateNotes: false };
  const decides = can(actor, "scorecard.readAll") || (actor.role === "HIRING_MANAGER" && facts.isHiringManagerOfJob);
  if (decides) {
    const blind = facts.onPanel && !facts.hasSubmittedOwn && facts.feedbackVisibility !== "ALWAYS";
    return { readOthers: !blind, readPrivateNotes: !blind };
  }
  if (!facts.onPanel) return { readOthers: false, readPrivateNotes: false };
  const readOthers =
    facts.feedbackVisibility === "ALWAYS" || (facts.feedbackVisibility === "AFTER_SUBMITTING" && facts.hasSubmittedOwn);
  return { readOthers, readPrivateNotes: false };
}

/**
 * Active staff who may see the applications of a job (who can be @mentioned on one). The same
 * rules as applicationsVisibleTo, seen from the application's side: change both together.
 */
export function staffWhoSeeApplicationsOfJob(jobId: number): Prisma.UserWhereInput {
  return {
    active: true,
    role: { in: ROLES_BY_ACTION["application.read"] },
    OR: [
      { role: { in: SEES_ALL_JOBS } },
      { role: "HIRING_MANAGER", hiringTeams: { some: { jobId, role: "HIRING_MANAGER" } } },
    ],
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
  // An id Postgres cannot hold (a forged NUL in an action's bound id) names no application; asking would fail as our error.
  if (!ids.every((id) => isStorableText(id)))
    throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  const visible = await db.application.count({ where: { AND: [{ id: { in: ids } }, applicationsVisibleTo(actor)] } });
  if (visible !== ids.length)
    throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  assertCan(actor, action);
}

/** The offers an actor may know exist (their status, not their terms): `offer.readExistence`'s scope. */
export function offersVisibleTo(actor: Actor): Prisma.OfferWhereInput {
  return can(actor, "offer.readExistence") ? { application: applicationsVisibleTo(actor) } : { id: { in: [] } };
}

/** The offers whose terms and letter an actor may read: admins, recruiters, the job's hiring managers. */
export function offerTermsVisibleTo(actor: Actor): Prisma.OfferWhereInput {
  return can(actor, "offer.read") ? { application: applicationsVisibleTo(actor) } : { id: { in: [] } };
}

/**
 * Who may be named an offer approver of a job: people who read offer terms for that job (active
 * admins and recruiters, and the job's hiring managers). Same rules as offerTermsVisibleTo.
 */
export function offerApproverEligibleFor(jobId: number): Prisma.UserWhereInput {
  return {
    active: true,
    OR: [
      { role: { in: ["ADMIN", "RECRUITER"] } },
      { role: "HIRING_MANAGER", hiringTeams: { some: { jobId, role: "HIRING_MANAGER" } } },
    ],
  };
}

/**
 * "own" in the role table's candidate column. A candidate is known only by the private status
 * link of one application, and that link went to the address the application was made with: it
 * reaches the applications made with that same address on the same record (their status,
 * answers, accommodation requests, export, erasure), never those a merge joined to the record
 * from another address, and nothing once the person is anonymized. Panel names, notes,
 * scorecards and internal reasons are never theirs (lib/candidate-rights).
 */
export function applicationsOwnedByStatusLink(holder: {
  candidateId: string;
  emailNormalized: string;
}): Prisma.ApplicationWhereInput {
  return {
    candidateId: holder.candidateId,
    emailNormalized: holder.emailNormalized,
    candidate: { anonymizedAt: null },
  };
}
