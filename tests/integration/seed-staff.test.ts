import { describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings";
import { DEMO_STAFF } from "../../prisma/seed-data/staff";
import { testDb } from "../support/db";

const demoEmails = DEMO_STAFF.map((staff) => staff.email);

describe("demo staff seed", () => {
  it("creates one demo account per role, the panel on the seed job's team, and is idempotent", async () => {
    await seedDatabase(testDb);
    await seedDatabase(testDb);
    const users = await testDb.user.findMany({ where: { email: { in: demoEmails } }, select: { role: true, isDemo: true, active: true } });
    expect(users.map((user) => user.role).sort()).toEqual(["ADMIN", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER", "RECRUITER"]);
    expect(users.every((user) => user.isDemo && user.active)).toBe(true);
    const team = await testDb.hiringTeamMember.findMany({
      where: { job: { slug: SEED_JOB_SLUG }, user: { email: { in: demoEmails } } },
      select: { role: true, user: { select: { email: true } } },
    });
    expect(team.map((member) => [member.user.email, member.role]).sort()).toEqual([
      ["hiring.manager@trellis.localhost", "HIRING_MANAGER"],
      ["interviewer@trellis.localhost", "INTERVIEWER"],
    ]);
  });

  it("leaves a demo account an administrator changed as it is", async () => {
    await seedDatabase(testDb);
    await testDb.user.update({ where: { email: "coordinator@trellis.localhost" }, data: { active: false, role: "INTERVIEWER" } });
    try {
      await seedDatabase(testDb);
      expect(await testDb.user.findUniqueOrThrow({ where: { email: "coordinator@trellis.localhost" }, select: { active: true, role: true } })).toEqual({ active: false, role: "INTERVIEWER" });
    } finally {
      await testDb.user.update({ where: { email: "coordinator@trellis.localhost" }, data: { active: true, role: "COORDINATOR" } });
    }
  });
});
