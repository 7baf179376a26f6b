import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { STAFF_ROLES, type Actor } from "./actor";
import { applicationsVisibleTo, can, staffWhoSeeApplicationsOfJob, type Action } from "./permissions";

const actor = (role: StaffRole): Actor => ({ userId: `user-${role}`, role, email: `${role}@example.com`, name: role });

// The product brief's table, row by row: who may see (and do) what.
const EXPECTED: Record<Action, StaffRole[]> = {
  "application.read": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"],
  "application.move": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.reject": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.tag": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.note": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.readEligibility": ["ADMIN", "RECRUITER", "COORDINATOR"],
  "accommodation.read": ["ADMIN", "COORDINATOR"],
  "accommodation.manage": ["ADMIN", "COORDINATOR"],
  "eeoReport.read": ["ADMIN", "RECRUITER"],
  "scorecard.readAll": ["ADMIN", "RECRUITER"],
  "audit.read": ["ADMIN"],
  "job.read": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"],
  "job.manage": ["ADMIN", "RECRUITER"],
  "template.manage": ["ADMIN", "RECRUITER"],
  "staff.manage": ["ADMIN"],
  "candidate.merge": ["ADMIN", "RECRUITER"],
};

describe("permission matrix", () => {
  for (const [action, allowed] of Object.entries(EXPECTED) as [Action, StaffRole[]][]) {
    it(`${action}: only ${allowed.join(", ")}`, () => {
      for (const role of STAFF_ROLES) expect(can(actor(role), action), role).toBe(allowed.includes(role));
    });
  }

  it("names the same staff from the application's side (who can be mentioned)", () => {
    const where = staffWhoSeeApplicationsOfJob(42);
    expect(where.active).toBe(true);
    expect(JSON.stringify(where.OR)).toBe(
      JSON.stringify([
        { role: { in: ["ADMIN", "RECRUITER", "COORDINATOR"] } },
        { role: "HIRING_MANAGER", hiringTeams: { some: { jobId: 42, role: "HIRING_MANAGER" } } },
      ]),
    );
  });

  it("scopes hiring managers to their jobs and interviewers to nothing yet", () => {
    expect(applicationsVisibleTo(actor("RECRUITER"))).toEqual({});
    expect(JSON.stringify(applicationsVisibleTo(actor("HIRING_MANAGER")))).toContain("user-HIRING_MANAGER");
    expect(applicationsVisibleTo(actor("INTERVIEWER"))).toEqual({ id: { in: [] } });
  });
});
