// The audit log: admins only (page and domain function), its filters and keyset pages, and the
// database refusing any change to a recorded event.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents, type AuditLogPage } from "@/lib/audit/list-audit-events";
import { AUDIT_PAGE_SIZE, parseAuditFilters } from "@/lib/audit/schema";
import { AppError } from "@/lib/errors";
import { writeStages } from "@/lib/jobs/sync-job-stages";
import {
  actorFor,
  createApplication,
  createJob,
  createStaffUser,
  ensureLegalForms,
  uniqueSuffix,
  type StaffUser,
} from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { findProp, visitPage } from "../support/staff-page-visit";
import { nextRequest } from "../support/next-request";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const page = await import("@/app/(hiring)/hiring/audit/page");

const ROLES = STAFF_ROLES;
const { users, sessions } = staffOfEveryRole();
let alice: StaffUser;
let bob: StaffUser;
const tag = uniqueSuffix();

// Fixtures sit in May 2004, a month no other test writes to.
const at = (day: number, minute = 0) => new Date(Date.UTC(2004, 4, day, 12, minute));

beforeAll(async () => {
  await ensureLegalForms(testDb);
  alice = await createStaffUser(testDb, {
    role: "RECRUITER",
    name: "Alice Auditee",
    email: `alice-${tag}@staff.example.test`,
  });
  bob = await createStaffUser(testDb, {
    role: "COORDINATOR",
    name: "Bob Builder",
    email: `bob-${tag}@staff.example.test`,
  });
  await testDb.auditEvent.createMany({
    data: [
      {
        actorType: "staff",
        actorId: alice.id,
        action: "view.accommodation",
        subjectType: "application",
        subjectId: `app-${tag}-1`,
        createdAt: at(3),
        metadata: { n: 1 },
      },
      {
        actorType: "staff",
        actorId: alice.id,
        action: "view.eligibility",
        subjectType: "application",
        subjectId: `app-${tag}-1`,
        createdAt: at(4),
      },
      {
        actorType: "staff",
        actorId: bob.id,
        action: "view.accommodation",
        subjectType: "application",
        subjectId: `app-${tag}-2`,
        createdAt: at(5),
      },
      {
        actorType: "staff",
        actorId: bob.id,
        action: "staff.roleChanged",
        subjectType: "user",
        subjectId: alice.id,
        createdAt: at(6),
      },
      {
        actorType: "candidate",
        actorId: null,
        action: "candidate.erasureRequested",
        subjectType: "candidate",
        subjectId: `cand-${tag}`,
        createdAt: at(7),
      },
      {
        actorType: "system",
        actorId: null,
        action: "candidate.erased",
        subjectType: "candidate",
        subjectId: `cand-${tag}`,
        createdAt: at(8),
      },
    ],
  });
  // 120 events on one day, 5 sharing each minute: pages must split ties by id, losing none.
  await testDb.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, index) => ({
      actorType: "staff",
      actorId: bob.id,
      action: "application.stageChanged",
      subjectType: "application",
      subjectId: `bulk-${tag}-${index}`,
      createdAt: at(20, Math.floor(index / 5)),
    })),
  });
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const admin = () => actorFor(users.ADMIN);
const list = (params: Record<string, string>) =>
  listAuditEvents({ actor: admin(), filters: parseAuditFilters(params) });
const subjects = (result: AuditLogPage) => result.entries.map((entry) => entry.subjectId);
const MAY_2004 = { from: "2004-05-01", to: "2004-05-31" };

describe("the audit log", () => {
  it("lists events newest first with the acting staff member's name and email", async () => {
    const result = await list({ ...MAY_2004, to: "2004-05-19" });
    expect(result.entries.map((entry) => entry.action)).toEqual([
      "candidate.erased",
      "candidate.erasureRequested",
      "staff.roleChanged",
      "view.accommodation",
      "view.eligibility",
      "view.accommodation",
    ]);
    expect(result.entries.at(-1)).toMatchObject({
      actor: { name: "Alice Auditee", email: alice.email },
      metadata: '{"n":1}',
    });
    expect(result.entries[0]).toMatchObject({ actorType: "system", actor: null });
    expect(result.older).toBeNull();
    expect(result.newer).toBeNull();
  });

  it("filters by staff email (any part, any case), action or its start, subject, actor type and days", async () => {
    expect(subjects(await list({ ...MAY_2004, actor: `ALICE-${tag}` }))).toEqual([`app-${tag}-1`, `app-${tag}-1`]);
    expect(subjects(await list({ ...MAY_2004, action: "view.accommodation" }))).toEqual([
      `app-${tag}-2`,
      `app-${tag}-1`,
    ]);
    expect((await list({ ...MAY_2004, action: "view." })).entries).toHaveLength(3);
    expect(subjects(await list({ ...MAY_2004, subjectType: "user", subjectId: alice.id }))).toEqual([alice.id]);
    expect((await list({ ...MAY_2004, actorType: "candidate" })).entries.map((entry) => entry.action)).toEqual([
      "candidate.erasureRequested",
    ]);
    // Both days included, nothing either side.
    expect(subjects(await list({ from: "2004-05-04", to: "2004-05-05" }))).toEqual([`app-${tag}-2`, `app-${tag}-1`]);
    expect((await list({ ...MAY_2004, actor: `nobody-${tag}` })).entries).toEqual([]);
  });

  it("takes % and _ in the email and action filters literally (Prisma passes them to LIKE as wildcards)", async () => {
    for (const actor of ["%", `alice_${tag}`, `%${tag}`])
      expect((await list({ ...MAY_2004, actor })).entries, actor).toEqual([]);
    for (const action of ["%", "view_", "_iew."])
      expect((await list({ ...MAY_2004, action })).entries, action).toEqual([]);
  });

  it("ignores filter values that do not parse instead of failing", () => {
    expect(parseAuditFilters({ from: "yesterday", before: "x'; DROP TABLE", actorType: "root", action: "  " })).toEqual(
      {},
    );
  });

  it("pages through equal timestamps without losing or repeating an event, both ways", async () => {
    const filters = { ...MAY_2004, subjectType: "application", action: "application.stageChanged" };
    const first = await list(filters);
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    const second = await list({ ...filters, before: `${first.older!.createdAt.getTime()}_${first.older!.id}` });
    const third = await list({ ...filters, before: `${second.older!.createdAt.getTime()}_${second.older!.id}` });
    expect(third.entries).toHaveLength(20);
    expect(third.older).toBeNull();
    const seen = [...subjects(first), ...subjects(second), ...subjects(third)];
    expect(new Set(seen).size).toBe(120);
    expect(seen.at(0)).toMatch(/-11[5-9]$/);
    // Back from the second page to the first.
    const back = await list({ ...filters, after: `${second.newer!.createdAt.getTime()}_${second.newer!.id}` });
    expect(subjects(back)).toEqual(subjects(first));
    expect(back.newer).toBeNull();
  });

  it("is read by admins only: every other role is refused by the page and by the function", async () => {
    for (const role of ROLES) {
      nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
      const outcome = await visitPage(page, { actor: `alice-${tag}`, ...MAY_2004 });
      const call = await listAuditEvents({ actor: actorFor(users[role]), filters: {} }).then(
        () => "allowed",
        (error: unknown) => (error instanceof AppError ? error.code : error),
      );
      if (role === "ADMIN") {
        expect(outcome.kind).toBe("rendered");
        const shown = findProp(outcome.kind === "rendered" ? outcome.element : null, "page") as AuditLogPage;
        expect(subjects(shown)).toEqual([`app-${tag}-1`, `app-${tag}-1`]);
        expect(call).toBe("allowed");
      } else {
        expect(outcome, role).toEqual({ kind: "notFound" });
        expect(call, role).toBe("FORBIDDEN");
      }
    }
  });

  it("sends a signed-out visitor to sign in", async () => {
    expect(await visitPage(page)).toMatchObject({ kind: "redirect", to: expect.stringMatching(/^\/hiring\/sign-in/) });
  });

  it("cannot be changed or deleted, even with SQL straight to the database", async () => {
    const event = await testDb.auditEvent.findFirstOrThrow({
      where: { subjectId: `app-${tag}-1` },
      select: { id: true },
    });
    await expect(
      testDb.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'tampered' WHERE "id" = $1`, event.id),
    ).rejects.toThrow(/append-only/);
    await expect(testDb.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, event.id)).rejects.toThrow(
      /append-only/,
    );
    await expect(testDb.auditEvent.deleteMany({ where: { subjectId: `app-${tag}-2` } })).rejects.toThrow(/append-only/);
    await expect(testDb.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(
      await testDb.auditEvent.count({
        where: { subjectId: { in: [`app-${tag}-1`, `app-${tag}-2`] }, action: { not: "tampered" } },
      }),
    ).toBe(3);
  });
});

describe("stage changes the audit log records", () => {
  it("records every application moved off a stage that a job edit removes", async () => {
    const job = await createJob(testDb);
    const stages = await testDb.stage.findMany({
      where: { jobId: job.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, kind: true },
    });
    const [first, second, ...rest] = stages;
    const moved = [
      await createApplication(testDb, { jobId: job.id }),
      await createApplication(testDb, { jobId: job.id }),
    ];
    await testDb.application.updateMany({
      where: { id: { in: moved.map((application) => application.id) } },
      data: { stageId: second!.id },
    });
    const actor = actorFor(users.ADMIN);
    const kept = [first!, ...rest].map((stage) => ({
      key: `s${stage.id}`,
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
    }));
    await testDb.$transaction((tx) =>
      writeStages(tx, {
        actor,
        jobId: job.id,
        edit: { stages: kept, stageMoves: [{ fromStageId: second!.id, toStageKey: `s${first!.id}` }] },
      }),
    );

    const events = await testDb.auditEvent.findMany({
      where: { action: "application.stageChanged", subjectId: { in: moved.map((application) => application.id) } },
    });
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({ actorType: "staff", actorId: users.ADMIN.id, subjectType: "application" });
      expect(event.metadata).toEqual({
        jobId: job.id,
        fromStageId: second!.id,
        toStageId: first!.id,
        cause: "stageRemoved",
      });
    }
  });
});
