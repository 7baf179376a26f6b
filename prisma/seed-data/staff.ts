// One demo staff account per role, so a fresh install can be tried from every seat (README,
// "Signing in as staff locally"). Addresses are at trellis.localhost, a name that no real mail
// server delivers to: their magic links only ever appear in the development mailbox. Created
// only when missing; an existing account (perhaps deactivated by an administrator) is left as is.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { HiringTeamRole, StaffRole } from "../../lib/generated/prisma/enums";
import { SEED_JOB_SLUG } from "./postings/workers-runtime-engineer";

type DemoStaff = { email: string; name: string; role: StaffRole; seedJobTeamRole?: HiringTeamRole };

export const DEMO_STAFF: readonly DemoStaff[] = [
  { email: "admin@trellis.localhost", name: "Demo Admin", role: "ADMIN" },
  { email: "recruiter@trellis.localhost", name: "Demo Recruiter", role: "RECRUITER" },
  { email: "coordinator@trellis.localhost", name: "Demo Coordinator", role: "COORDINATOR" },
  { email: "hiring.manager@trellis.localhost", name: "Demo Hiring Manager", role: "HIRING_MANAGER", seedJobTeamRole: "HIRING_MANAGER" },
  { email: "interviewer@trellis.localhost", name: "Demo Interviewer", role: "INTERVIEWER", seedJobTeamRole: "INTERVIEWER" },
];

export async function seedDemoStaff(prisma: Prisma.TransactionClient): Promise<void> {
  const job = await prisma.job.findUnique({ where: { slug: SEED_JOB_SLUG }, select: { id: true } });
  for (const staff of DEMO_STAFF) {
    const existing = await prisma.user.findUnique({ where: { email: staff.email }, select: { id: true } });
    if (existing) continue;
    const user = await prisma.user.create({
      data: { email: staff.email, name: staff.name, role: staff.role, isDemo: true },
      select: { id: true },
    });
    // Only with a new account: a team an administrator has since changed stays as they left it.
    if (job && staff.seedJobTeamRole) {
      await prisma.hiringTeamMember.create({ data: { jobId: job.id, userId: user.id, role: staff.seedJobTeamRole } });
    }
  }
}
