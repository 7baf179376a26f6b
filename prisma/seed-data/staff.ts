// One demo staff account per role, so a fresh install can be tried from every seat (README,
// "Signing in as staff locally"). Addresses are at trellis.localhost, a name that no real mail
// server delivers to: their magic links only ever appear in the development mailbox. Added to a
// new database only, unless asked (decision 0027); created only when missing, and an existing
// account (perhaps deactivated by an administrator) is left as is.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { HiringTeamRole, StaffRole } from "../../lib/generated/prisma/enums";
import { SEED_JOB_SLUG } from "./postings/workers-runtime-engineer";

type DemoStaff = { email: string; name: string; role: StaffRole; seedJobTeamRole?: HiringTeamRole };

export const DEMO_STAFF: readonly DemoStaff[] = [
  { email: "admin@trellis.localhost", name: "Demo Admin", role: "ADMIN" },
  { email: "recruiter@trellis.localhost", name: "Demo Recruiter", role: "RECRUITER" },
  { email: "coordinator@trellis.localhost", name: "Demo Coordinator", role: "COORDINATOR" },
  {
    email: "hiring.manager@trellis.localhost",
    name: "Demo Hiring Manager",
    role: "HIRING_MANAGER",
    seedJobTeamRole: "HIRING_MANAGER",
  },
  {
    email: "interviewer@trellis.localhost",
    name: "Demo Interviewer",
    role: "INTERVIEWER",
    seedJobTeamRole: "INTERVIEWER",
  },
];

const DEMO_PANEL_TIME_ZONE = "America/Los_Angeles";
// Monday to Friday, 09:00 to 17:00 (minutes after local midnight).
const DEMO_PANEL_HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 }));

const OFFER_APPROVER_EMAILS = ["hiring.manager@trellis.localhost", "recruiter@trellis.localhost"];

/**
 * "always" (SEED_DEMO_STAFF=1), "never" (SEED_DEMO_STAFF=0) or, by default, "new-database": only
 * into a database without any staff account, candidate or application. An administrator whose
 * address anybody knows must not appear among real people's data unasked: wherever the
 * development mailbox is on, whoever asks gets that administrator's sign-in link.
 */
export type DemoStaffChoice = "always" | "never" | "new-database";

export function demoStaffChoice(value: string | undefined): DemoStaffChoice {
  const flag = value?.trim() ?? "";
  if (flag === "") return "new-database";
  if (flag === "1") return "always";
  if (flag === "0") return "never";
  throw new Error(`SEED_DEMO_STAFF must be "1" (add the demo staff accounts) or "0" (never add them), not "${flag}".`);
}

export async function seedDemoStaff(
  prisma: Prisma.TransactionClient,
  choice: DemoStaffChoice,
): Promise<{ demoStaffSeeded: boolean; demoStaffNote: string }> {
  if (choice === "never")
    return { demoStaffSeeded: false, demoStaffNote: "Demo staff: not added (SEED_DEMO_STAFF=0)." };
  if (choice === "new-database" && (await holdsPeople(prisma))) {
    const kept = await prisma.user.count({ where: { isDemo: true } });
    const note =
      kept > 0
        ? `Demo staff: the ${kept} account(s) of an earlier start are kept, none added.`
        : "Demo staff: none added, the database already holds staff accounts or applications (SEED_DEMO_STAFF=1 adds them).";
    return { demoStaffSeeded: false, demoStaffNote: note };
  }
  await createDemoStaff(prisma);
  return {
    demoStaffSeeded: true,
    demoStaffNote: 'Demo staff: one account per role (README, "Signing in as staff locally").',
  };
}

/** Anything but the seed's own postings and texts: a staff account, a candidate or an application. */
async function holdsPeople(prisma: Prisma.TransactionClient): Promise<boolean> {
  const select = { id: true } as const;
  return Boolean(
    (await prisma.user.findFirst({ select })) ??
    (await prisma.candidate.findFirst({ select })) ??
    (await prisma.application.findFirst({ select })),
  );
}

async function createDemoStaff(prisma: Prisma.TransactionClient): Promise<void> {
  const job = await prisma.job.findUnique({ where: { slug: SEED_JOB_SLUG }, select: { id: true } });
  const created = new Map<string, string>();
  for (const staff of DEMO_STAFF) {
    const existing = await prisma.user.findUnique({ where: { email: staff.email }, select: { id: true } });
    if (existing) continue;
    const user = await prisma.user.create({
      data: { email: staff.email, name: staff.name, role: staff.role, isDemo: true },
      select: { id: true },
    });
    created.set(staff.email, user.id);
    // Only with a new account: a team an administrator has since changed stays as they left it.
    if (job && staff.seedJobTeamRole) {
      await prisma.hiringTeamMember.create({ data: { jobId: job.id, userId: user.id, role: staff.seedJobTeamRole } });
      // A panel can be offered to a candidate only with hours set (lib/self-scheduling): the seed job's office hours.
      await prisma.interviewerAvailability.create({
        data: { userId: user.id, timeZone: DEMO_PANEL_TIME_ZONE, windows: { create: DEMO_PANEL_HOURS } },
      });
    }
  }
  if (job) await seedOfferApprovers(prisma, job.id, created);
}

/**
 * The seed job's offer approvers, so a fresh install can take an offer through approval: its
 * hiring manager, then the recruiter. Only when the job names none and both accounts are new.
 */
async function seedOfferApprovers(prisma: Prisma.TransactionClient, jobId: number, created: Map<string, string>) {
  const approverIds = OFFER_APPROVER_EMAILS.map((email) => created.get(email));
  if (approverIds.some((id) => id === undefined)) return;
  if ((await prisma.jobOfferApprover.count({ where: { jobId } })) > 0) return;
  await prisma.jobOfferApprover.createMany({
    data: approverIds.map((userId, position) => ({ jobId, position, userId: userId! })),
  });
}
