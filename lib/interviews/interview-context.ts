import "server-only";
// What scheduling reads besides the form: the application (names for the emails, never anything
// sensitive), the plan item, the panel, and the one accommodation field the panel may receive.
import { panelEligibleFor } from "@/lib/auth/permissions";
import { findApplicantToWrite, type ApplicantIdentity } from "@/lib/candidates/applicant-identity";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type InvitationContext = {
  applicationId: string;
  status: ApplicationStatus;
  jobId: number;
  jobTitle: string;
  organizationName: string;
  /** The language the application was made in (Application.locale): the candidate's emails speak it. */
  locale: string;
  /** The candidate record, as staff know it: how the panel's emails name the candidate. */
  candidate: {
    id: string;
    firstName: string;
    lastName: string;
    preferredName: string | null;
    anonymizedAt: Date | null;
  };
  /**
   * Who made this application, at the address they made it with: the candidate's emails go only
   * to them (after a merge the record may hold a look-alike too). Null when erased.
   */
  applicant: ApplicantIdentity | null;
  /** Agreed practical arrangement for the panel, or null (see getPanelArrangement). */
  arrangement: string | null;
};

export type PanelMember = { id: string; name: string | null; email: string };

export const panelMemberSelect = { id: true, name: true, email: true } as const;

export async function loadInvitationContext(tx: DbTransaction, applicationId: string): Promise<InvitationContext> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      jobId: true,
      candidateId: true,
      emailNormalized: true,
      locale: true,
      job: { select: { title: true, organization: { select: { name: true } } } },
      candidate: { select: { id: true, firstName: true, lastName: true, preferredName: true, anonymizedAt: true } },
    },
  });
  return {
    applicationId: application.id,
    status: application.status,
    jobId: application.jobId,
    jobTitle: application.job.title,
    organizationName: application.job.organization.name,
    locale: application.locale,
    candidate: application.candidate,
    applicant: await findApplicantToWrite(tx, application),
    arrangement: await getPanelArrangement(tx, applicationId),
  };
}

/**
 * The practical arrangement agreed with the candidate ("questions shared in advance"), once the
 * accommodation coordinators have written one and the request is being handled or arranged.
 * Reads that one column only: the request's kinds, details and status never reach the panel.
 */
export async function getPanelArrangement(
  client: Pick<DbTransaction, "accommodationRequest">,
  applicationId: string,
): Promise<string | null> {
  const request = await client.accommodationRequest.findFirst({
    where: { applicationId, status: { in: ["ARRANGED", "IN_DISCUSSION"] } },
    select: { panelArrangement: true },
  });
  return request?.panelArrangement?.trim() || null;
}

export function assertApplicationActive(context: InvitationContext): void {
  if (context.status !== "ACTIVE") {
    throw new AppError(
      "VALIDATION",
      "This candidate is no longer in the pipeline (rejected, withdrawn or hired), so no interview can be scheduled.",
    );
  }
}

/**
 * The chosen panel, in the order chosen. Every member must be active staff, and everyone newly
 * seated must be eligible for the job's panels (panelEligibleFor: its hiring team), so a scheduler
 * cannot seat themselves or anyone outside the team. `keptUserIds` are already on this interview
 * (a reschedule): they were eligible when seated and stay, so moving the time needs no new panel.
 */
export async function findPanel(
  tx: DbTransaction,
  { jobId, userIds, keptUserIds = [] }: { jobId: number; userIds: string[]; keptUserIds?: string[] },
): Promise<PanelMember[]> {
  const users = await tx.user.findMany({ where: { id: { in: userIds }, active: true }, select: panelMemberSelect });
  const byId = new Map(users.map((user) => [user.id, user]));
  const panel = userIds.map((id) => byId.get(id)).filter((user): user is PanelMember => user !== undefined);
  if (panel.length !== userIds.length) {
    const message = "Choose panel members from the list: one of them is no longer an active staff member";
    throw new AppError("VALIDATION", message, { panelUserIds: [message] });
  }
  const kept = new Set(keptUserIds);
  const added = panel.filter((member) => !kept.has(member.id));
  const eligible = await tx.user.findMany({
    where: { AND: [{ id: { in: added.map((member) => member.id) } }, panelEligibleFor(jobId)] },
    select: { id: true },
  });
  const eligibleIds = new Set(eligible.map((user) => user.id));
  const outsider = added.find((member) => !eligibleIds.has(member.id));
  if (outsider) {
    const message = `${outsider.name ?? outsider.email} is not on this job's hiring team. Choose panel members from the team; recruiters and admins set it in the job editor.`;
    throw new AppError("VALIDATION", message, { panelUserIds: [message] });
  }
  return panel;
}

/** The plan item, which must belong to the application's job; null when none was chosen. */
export async function findPlanItem(tx: DbTransaction, jobId: number, planItemId: number | null) {
  if (planItemId === null) return null;
  const item = await tx.interviewPlanItem.findFirst({
    where: { id: planItemId, jobId },
    select: { id: true, name: true },
  });
  if (!item) {
    const message = "Choose one of this job's planned interviews";
    throw new AppError("VALIDATION", message, { planItemId: [message] });
  }
  return item;
}
