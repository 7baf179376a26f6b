// Demo staff: one account per role, added to a new database, or to any when asked
// (SEED_DEMO_STAFF=1), never unasked to a database that already holds people (decision 0027).
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDatabase } from "../../prisma/seed";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings";
import { DEMO_STAFF, demoStaffChoice } from "../../prisma/seed-data/staff";
import { createStaffUser } from "../factories";
import { testDb } from "../support/db";
import { createMigratedTestDatabase, type TestDatabase } from "../support/test-database";

const demoEmails = DEMO_STAFF.map((staff) => staff.email);

describe("demo staff seed, when asked", () => {
  it("creates one demo account per role, the panel on the seed job's team, and is idempotent", async () => {
    await seedDatabase(testDb, { demoStaff: "always" });
    await seedDatabase(testDb, { demoStaff: "always" });
    const users = await testDb.user.findMany({
      where: { email: { in: demoEmails } },
      select: { role: true, isDemo: true, active: true },
    });
    expect(users.map((user) => user.role).sort()).toEqual([
      "ADMIN",
      "COORDINATOR",
      "HIRING_MANAGER",
      "INTERVIEWER",
      "RECRUITER",
    ]);
    expect(users.every((user) => user.isDemo && user.active)).toBe(true);
    const team = await testDb.hiringTeamMember.findMany({
      where: { job: { slug: SEED_JOB_SLUG }, user: { email: { in: demoEmails } } },
      select: { role: true, user: { select: { email: true } } },
    });
    expect(team.map((member) => [member.user.email, member.role]).sort()).toEqual([
      ["hiring.manager@trellis.localhost", "HIRING_MANAGER"],
      ["interviewer@trellis.localhost", "INTERVIEWER"],
    ]);
    // The panel has hours, so a fresh install can offer the seed job's applicant times to book.
    const hours = await testDb.interviewerAvailability.findMany({
      where: { user: { email: { in: demoEmails } } },
      orderBy: { userId: "asc" },
      select: { timeZone: true, _count: { select: { windows: true } } },
    });
    expect(hours).toEqual([
      { timeZone: "America/Los_Angeles", _count: { windows: 5 } },
      { timeZone: "America/Los_Angeles", _count: { windows: 5 } },
    ]);
  });

  it("leaves a demo account an administrator changed as it is", async () => {
    await seedDatabase(testDb, { demoStaff: "always" });
    await testDb.user.update({
      where: { email: "coordinator@trellis.localhost" },
      data: { active: false, role: "INTERVIEWER" },
    });
    try {
      await seedDatabase(testDb, { demoStaff: "always" });
      expect(
        await testDb.user.findUniqueOrThrow({
          where: { email: "coordinator@trellis.localhost" },
          select: { active: true, role: true },
        }),
      ).toEqual({ active: false, role: "INTERVIEWER" });
    } finally {
      await testDb.user.update({
        where: { email: "coordinator@trellis.localhost" },
        data: { active: true, role: "COORDINATOR" },
      });
    }
  });

  it("reads SEED_DEMO_STAFF: 1 always, 0 never, unset a new database only", () => {
    expect([
      demoStaffChoice("1"),
      demoStaffChoice("0"),
      demoStaffChoice(undefined),
      demoStaffChoice(""),
      demoStaffChoice(" 1 "),
    ]).toEqual(["always", "never", "new-database", "new-database", "always"]);
    expect(() => demoStaffChoice("yes")).toThrow(/SEED_DEMO_STAFF must be "1".*or "0"/);
  });
});

describe("demo staff seed, by default", () => {
  const databases: { database: TestDatabase; prisma: PrismaClient }[] = [];
  /** A migrated database of this test's own: the run's shared one holds other tests' people. */
  async function newDatabase(): Promise<PrismaClient> {
    const database = await createMigratedTestDatabase(inject("adminDatabaseUrl") || undefined);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    databases.push({ database, prisma });
    return prisma;
  }
  afterAll(async () => {
    for (const { database, prisma } of databases) {
      await prisma.$disconnect();
      await database.drop();
    }
  });
  const demoAccounts = (prisma: PrismaClient) =>
    prisma.user.findMany({ where: { isDemo: true }, orderBy: { email: "asc" }, select: { email: true } });

  it("adds them to a new database, and never again once it holds people, unless asked", async () => {
    const prisma = await newDatabase();
    const first = await seedDatabase(prisma);
    expect((await demoAccounts(prisma)).map((user) => user.email)).toEqual([...demoEmails].sort());
    // A fresh install can take an offer on the seed job through approval and the export-control review.
    const job = await prisma.job.findUniqueOrThrow({
      where: { slug: SEED_JOB_SLUG },
      select: {
        exportControlled: true,
        offerApprovers: { orderBy: { position: "asc" }, select: { user: { select: { email: true } } } },
      },
    });
    expect(job.exportControlled).toBe(true);
    expect(job.offerApprovers.map((row) => row.user.email)).toEqual([
      "hiring.manager@trellis.localhost",
      "recruiter@trellis.localhost",
    ]);
    expect(await prisma.offerLetterTemplate.count()).toBe(1);

    // An administrator removed the demo admin; the next start must not bring it back.
    await prisma.user.delete({ where: { email: "admin@trellis.localhost" } });
    const restart = await seedDatabase(prisma);
    expect(await prisma.user.count({ where: { email: "admin@trellis.localhost" } })).toBe(0);
    expect([first?.demoStaffSeeded, restart?.demoStaffSeeded]).toEqual([true, false]);
    expect(restart?.demoStaffNote).toMatch(/the 4 account\(s\) of an earlier start are kept, none added/);

    expect(await seedDatabase(prisma, { demoStaff: "always" })).toMatchObject({ demoStaffSeeded: true });
    expect(await prisma.user.count({ where: { email: "admin@trellis.localhost", isDemo: true } })).toBe(1);
  });

  it("adds none to a database whose first seed finds real staff, unless asked", async () => {
    const prisma = await newDatabase();
    // A deployment that set up its own administrator before this start.
    await createStaffUser(prisma, { role: "ADMIN" });
    const seeded = await seedDatabase(prisma);
    expect(await demoAccounts(prisma)).toEqual([]);
    expect(seeded).toMatchObject({
      demoStaffSeeded: false,
      demoStaffNote: expect.stringMatching(/SEED_DEMO_STAFF=1 adds them/),
    });
    expect(await seedDatabase(prisma, { demoStaff: "never" })).toMatchObject({ demoStaffSeeded: false });
    expect(await demoAccounts(prisma)).toEqual([]);
    expect(await seedDatabase(prisma, { demoStaff: "always" })).toMatchObject({ demoStaffSeeded: true });
    expect(await demoAccounts(prisma)).toHaveLength(DEMO_STAFF.length);
  });
});
