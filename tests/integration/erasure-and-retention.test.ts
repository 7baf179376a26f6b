// Erasure (by request, by an admin, by the retention policy): the person's identity is gone from
// every table, their files from disk; what reports count stays; a legal hold stops everything;
// the dry run is exactly what the run does; running it twice is harmless.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eraseCandidate } from "@/lib/privacy/erase-candidate";
import { planErasures } from "@/lib/privacy/plan-erasures";
import { removeOrphanedFiles } from "@/lib/privacy/remove-erased-files";
import { runRetention } from "@/lib/privacy/run-retention";
import { setLegalHold } from "@/lib/privacy/set-legal-hold";
import { getFileStorage } from "@/lib/storage";
import { actorFor, createApplication, createJob, createOrganization, ensureLegalForms } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { visitPage } from "../support/staff-page-visit";
import { createPersonToErase, tablesContaining, type PersonToErase } from "../support/erasure-fixture";
import { nextRequest } from "../support/next-request";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-erasure-"));
process.env.STORAGE_DIR = storageDir;

const privacyPage = await import("@/app/(hiring)/hiring/privacy/page");
const privacyActions = await import("@/app/(hiring)/hiring/privacy/actions");

const ROLES = STAFF_ROLES;
const { users, sessions } = staffOfEveryRole();
const MONTH_MS = 30.5 * 24 * 60 * 60 * 1000;
const monthsAgo = (months: number) => new Date(Date.now() - months * MONTH_MS);

beforeAll(async () => {
  await ensureLegalForms(testDb);
});
beforeEach(() => {
  nextRequest.cookie = "";
});

const staff = () => ({ author: users.RECRUITER, interviewer: users.INTERVIEWER });
const identityStrings = (person: PersonToErase) => [
  person.identity.email,
  person.identity.oldEmail,
  person.identity.firstName,
  person.identity.lastName,
  person.identity.preferredName,
  person.identity.phone,
];

async function expectIdentityGone(person: PersonToErase) {
  for (const needle of identityStrings(person)) expect(await tablesContaining(needle), needle).toEqual([]);
  for (const key of person.storageKeys) expect(await getFileStorage().get(key), key).toBeNull();
  expect(await testDb.storedFile.count({ where: { id: { in: person.fileIds } } })).toBe(0);
}

const pipelineCounts = (jobId: number) =>
  testDb.application.groupBy({
    by: ["jobId", "stageId", "status"],
    where: { jobId },
    _count: { _all: true },
    orderBy: [{ stageId: "asc" }, { status: "asc" }],
  });

describe("eraseCandidate", () => {
  it("removes the person from every table and their files from disk, and keeps what reports count", async () => {
    const person = await createPersonToErase({ staff: staff() });
    // The fixture really did put the identity everywhere the scan looks.
    const holding = new Set((await Promise.all(identityStrings(person).map(tablesContaining))).flat());
    expect([...holding]).toEqual(
      expect.arrayContaining([
        "Candidate",
        "Application",
        "EmailOutbox",
        "Note",
        "AccommodationRequest",
        "AccommodationNote",
        "Scorecard",
        "ScorecardRating",
        "ScorecardRevision",
        "HiringDecision",
        "StoredFile",
      ]),
    );
    for (const key of person.storageKeys) expect(await getFileStorage().get(key)).not.toBeNull();
    const countsBefore = await pipelineCounts(person.jobId);
    const before = await testDb.application.findUniqueOrThrow({
      where: { id: person.applicationId },
      select: { jobId: true, stageId: true, status: true, submittedAt: true, reference: true, knockedOut: true },
    });

    const result = await eraseCandidate({
      candidateId: person.candidateId,
      source: "STAFF",
      actor: actorFor(users.ADMIN),
    });
    expect(result).toMatchObject({
      status: "COMPLETED",
      alreadyAnonymized: false,
      counts: { applications: 1, records: 2, files: 2, notes: 1, accommodationRequests: 1, eligibilityAnswers: 2 },
    });

    await expectIdentityGone(person);
    const candidate = await testDb.candidate.findUniqueOrThrow({ where: { id: person.candidateId } });
    expect(candidate).toMatchObject({
      firstName: "Anonymized",
      lastName: expect.stringMatching(/^#\d+$/),
      preferredName: null,
      pronouns: null,
      phone: null,
      location: null,
      linkedinUrl: null,
      githubUrl: null,
      websiteUrl: null,
    });
    expect(candidate.email).toMatch(/@erased\.invalid$/);
    expect(candidate.anonymizedAt).not.toBeNull();
    const merged = await testDb.candidate.findUniqueOrThrow({ where: { id: person.mergedCandidateId } });
    expect(merged).toMatchObject({ firstName: "Anonymized", anonymizedAt: expect.any(Date) });
    expect(merged.lastName).not.toBe(candidate.lastName);

    // What the statistics need is all still there.
    expect(
      await testDb.application.findUniqueOrThrow({
        where: { id: person.applicationId },
        select: { jobId: true, stageId: true, status: true, submittedAt: true, reference: true, knockedOut: true },
      }),
    ).toEqual(before);
    expect(await pipelineCounts(person.jobId)).toEqual(countsBefore);
    expect(await testDb.stageTransition.count({ where: { applicationId: person.applicationId } })).toBe(2);
    expect(await testDb.applicationTag.count({ where: { applicationId: person.applicationId } })).toBe(1);
    expect(
      await testDb.scorecard.findUniqueOrThrow({
        where: { id: person.scorecardId },
        select: {
          recommendation: true,
          keyTakeaways: true,
          privateNotes: true,
          ratings: { select: { rating: true, notes: true } },
        },
      }),
    ).toEqual({
      recommendation: "STRONG_YES",
      keyTakeaways: "",
      privateNotes: "",
      ratings: [{ rating: "STRONG_YES", notes: "" }],
    });
    expect(
      (await testDb.scorecardRevision.findFirstOrThrow({ where: { scorecardId: person.scorecardId } })).snapshot,
    ).toEqual({
      recommendation: "STRONG_YES",
      ratings: [{ attributeId: person.attributeId, rating: "STRONG_YES" }],
      erased: true,
    });
    expect(
      await testDb.hiringDecision.findFirstOrThrow({
        where: { applicationId: person.applicationId },
        select: { kind: true, note: true },
      }),
    ).toEqual({ kind: "REJECT", note: "" });

    // Mail to them shows on the timeline but can never be sent now; the status link is dead.
    const outbox = await testDb.emailOutbox.findMany({
      where: { applicationId: person.applicationId },
      select: { status: true, toAddress: true, lastError: true },
    });
    expect(outbox.map((email) => email.status).sort()).toEqual(["FAILED", "SENT"]);
    expect(outbox.every((email) => email.toAddress.endsWith("@erased.invalid"))).toBe(true);
    expect(
      (await testDb.application.findUniqueOrThrow({ where: { id: person.applicationId } })).statusTokenHash,
    ).toBeNull();
    expect(
      await testDb.notification.count({
        where: { payload: { path: ["applicationId"], equals: person.applicationId } },
      }),
    ).toBe(0);

    const [erasure] = await testDb.erasureRequest.findMany({ where: { candidateId: person.candidateId } });
    expect(erasure).toMatchObject({ source: "STAFF", status: "COMPLETED", completedAt: expect.any(Date) });
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "candidate.erased", subjectId: person.candidateId },
    });
    expect(audit).toMatchObject({
      actorType: "staff",
      actorId: users.ADMIN.id,
      metadata: expect.objectContaining({ source: "STAFF", applications: 1, files: 2 }),
    });
  });

  it("is idempotent: a second run changes nothing and records no second erasure", async () => {
    const person = await createPersonToErase({ staff: staff() });
    await eraseCandidate({ candidateId: person.candidateId, source: "STAFF" });
    const first = await testDb.candidate.findUniqueOrThrow({ where: { id: person.candidateId } });
    const again = await eraseCandidate({ candidateId: person.candidateId, source: "STAFF" });
    expect(again).toMatchObject({ status: "COMPLETED", alreadyAnonymized: true });
    const second = await testDb.candidate.findUniqueOrThrow({ where: { id: person.candidateId } });
    expect({ ...second, updatedAt: null }).toEqual({ ...first, updatedAt: null });
    expect(await testDb.erasureRequest.count({ where: { candidateId: person.candidateId } })).toBe(1);
    await expectIdentityGone(person);
  });

  it("changes nothing for a person on legal hold, and holds their request until the hold is lifted", async () => {
    const person = await createPersonToErase({ staff: staff() });
    await testDb.erasureRequest.create({
      data: {
        candidateId: person.candidateId,
        applicationId: person.applicationId,
        source: "CANDIDATE",
        requestedAt: new Date(Date.now() - 3 * 60 * 60 * 1000),
      },
    });
    await setLegalHold({ actor: actorFor(users.ADMIN), candidateId: person.candidateId, legalHold: true });
    const snapshot = async () => ({
      candidate: await testDb.candidate.findUniqueOrThrow({ where: { id: person.candidateId } }),
      application: await testDb.application.findUniqueOrThrow({ where: { id: person.applicationId } }),
      answers: await testDb.applicationAnswer.count({ where: { applicationId: person.applicationId } }),
      files: await testDb.storedFile.count({ where: { id: { in: person.fileIds } } }),
      outbox: await testDb.emailOutbox.findMany({
        where: { applicationId: person.applicationId },
        orderBy: { id: "asc" },
      }),
    });
    const before = await snapshot();

    expect(await eraseCandidate({ candidateId: person.candidateId, source: "STAFF" })).toEqual({
      status: "ON_HOLD",
      candidateId: person.candidateId,
    });
    expect((await planErasures()).some((entry) => entry.candidateId === person.candidateId)).toBe(false);
    const run = await runRetention();
    expect(run.erased).not.toContain(person.candidateId);
    expect(await snapshot()).toEqual(before);
    for (const key of person.storageKeys) expect(await getFileStorage().get(key)).not.toBeNull();
    expect(
      await testDb.erasureRequest.findMany({ where: { candidateId: person.candidateId }, select: { status: true } }),
    ).toEqual([{ status: "ON_HOLD" }]);

    await setLegalHold({ actor: actorFor(users.ADMIN), candidateId: person.candidateId, legalHold: false });
    expect(
      await testDb.erasureRequest.findMany({ where: { candidateId: person.candidateId }, select: { status: true } }),
    ).toEqual([{ status: "PENDING" }]);
    expect((await runRetention()).erased).toContain(person.candidateId);
    await expectIdentityGone(person);
    expect(
      await testDb.erasureRequest.findMany({
        where: { candidateId: person.candidateId },
        select: { status: true, source: true },
      }),
    ).toEqual([{ status: "COMPLETED", source: "CANDIDATE" }]);
    const holds = await testDb.auditEvent.findMany({
      where: { action: "candidate.legalHoldChanged", subjectId: person.candidateId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(holds.map((event) => event.metadata)).toEqual([{ legalHold: true }, { legalHold: false }]);
  });

  it("commits the erasure even when a file cannot be removed, and the next run removes it", async () => {
    const person = await createPersonToErase({ staff: staff() });
    // A directory where the resume was: removing it as a file fails.
    const resumePath = path.join(storageDir, person.storageKeys[0]!);
    await rm(resumePath);
    await mkdir(resumePath);
    await writeFile(path.join(resumePath, "stuck"), "x");

    expect(await eraseCandidate({ candidateId: person.candidateId, source: "STAFF" })).toMatchObject({
      status: "COMPLETED",
    });
    expect((await testDb.candidate.findUniqueOrThrow({ where: { id: person.candidateId } })).firstName).toBe(
      "Anonymized",
    );
    const left = await testDb.storedFile.findMany({ where: { id: { in: person.fileIds } } });
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ storageKey: person.storageKeys[0], fileName: "erased", extractedText: null });
    expect(
      await testDb.application.count({
        where: { OR: [{ resumeFileId: left[0]!.id }, { coverLetterFileId: left[0]!.id }] },
      }),
    ).toBe(0);

    await rm(resumePath, { recursive: true });
    await writeFile(resumePath, "still here");
    // The sweep leaves files younger than an hour alone (uploads in flight); this one is old.
    await testDb.storedFile.update({
      where: { id: left[0]!.id },
      data: { createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) },
    });
    expect((await removeOrphanedFiles()).removed).toBeGreaterThanOrEqual(1);
    await expectIdentityGone(person);
  });
});

describe("the retention policy", () => {
  it("erases exactly the dry run's list: inactive too long, not active in an open job, not held, not turned off", async () => {
    const organization = await createOrganization(testDb, { retentionInactiveMonths: 24 });
    const off = await createOrganization(testDb, { retentionInactiveMonths: 0 });
    const openJob = await createJob(testDb, { organizationId: organization.id, status: "PUBLISHED" });
    const closedJob = await createJob(testDb, { organizationId: organization.id, status: "CLOSED" });
    const offJob = await createJob(testDb, { organizationId: off.id, status: "CLOSED" });
    const old = monthsAgo(25);
    const due = await createPersonToErase({
      jobId: openJob.id,
      status: "REJECTED",
      lastActivityAt: old,
      staff: staff(),
    });
    const staleInClosedJob = await createApplication(testDb, {
      jobId: closedJob.id,
      status: "ACTIVE",
      submittedAt: monthsAgo(30),
    });
    const recent = await createApplication(testDb, {
      jobId: closedJob.id,
      status: "REJECTED",
      submittedAt: monthsAgo(23),
    });
    const activeInOpenJob = await createApplication(testDb, {
      jobId: openJob.id,
      status: "ACTIVE",
      submittedAt: monthsAgo(30),
    });
    const retentionOff = await createApplication(testDb, {
      jobId: offJob.id,
      status: "REJECTED",
      submittedAt: monthsAgo(30),
    });
    const held = await createApplication(testDb, {
      jobId: closedJob.id,
      status: "REJECTED",
      submittedAt: monthsAgo(30),
      candidate: { legalHold: true },
    });
    // One old application and one recent: the person is still active.
    const mixed = await createApplication(testDb, {
      jobId: closedJob.id,
      status: "REJECTED",
      submittedAt: monthsAgo(30),
    });
    await createApplication(testDb, {
      jobId: openJob.id,
      candidateId: mixed.candidateId,
      status: "REJECTED",
      submittedAt: monthsAgo(2),
    });
    // Candidates' own requests: one past the grace period, one just made.
    const asked = await createApplication(testDb, { jobId: openJob.id });
    const askedJustNow = await createApplication(testDb, { jobId: openJob.id });
    await testDb.erasureRequest.createMany({
      data: [
        {
          candidateId: asked.candidateId,
          applicationId: asked.id,
          source: "CANDIDATE",
          requestedAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
        },
        { candidateId: askedJustNow.candidateId, applicationId: askedJustNow.id, source: "CANDIDATE" },
      ],
    });
    const countsBefore = await Promise.all([openJob.id, closedJob.id].map(pipelineCounts));

    const plan = await planErasures();
    const planned = new Map(plan.map((entry) => [entry.candidateId, entry]));
    expect(planned.get(due.candidateId)).toMatchObject({ reason: "RETENTION", retentionMonths: 24 });
    expect(planned.get(staleInClosedJob.candidateId)).toMatchObject({ reason: "RETENTION" });
    expect(planned.get(asked.candidateId)).toMatchObject({ reason: "REQUEST", source: "CANDIDATE" });
    for (const kept of [recent, activeInOpenJob, retentionOff, held, mixed, askedJustNow])
      expect(planned.has(kept.candidateId)).toBe(false);
    // A merged record goes with the record it was merged into, never on its own.
    expect(planned.has(due.mergedCandidateId)).toBe(false);

    const run = await runRetention();
    expect(run.failed).toEqual([]);
    expect(new Set(run.erased)).toEqual(new Set(plan.map((entry) => entry.candidateId)));
    await expectIdentityGone(due);
    expect(
      await testDb.erasureRequest.findFirst({
        where: { candidateId: due.candidateId },
        select: { source: true, status: true },
      }),
    ).toEqual({ source: "RETENTION", status: "COMPLETED" });
    expect(
      await testDb.erasureRequest.findFirst({
        where: { candidateId: asked.candidateId },
        select: { source: true, status: true },
      }),
    ).toEqual({ source: "CANDIDATE", status: "COMPLETED" });
    expect(
      await testDb.erasureRequest.findFirst({
        where: { candidateId: askedJustNow.candidateId },
        select: { status: true },
      }),
    ).toEqual({ status: "PENDING" });
    for (const kept of [recent, activeInOpenJob, retentionOff, held, mixed, askedJustNow]) {
      expect((await testDb.candidate.findUniqueOrThrow({ where: { id: kept.candidateId } })).anonymizedAt).toBeNull();
    }
    // Reports see the same pipeline: nothing was deleted, nothing moved.
    expect(await Promise.all([openJob.id, closedJob.id].map(pipelineCounts))).toEqual(countsBefore);
    // Nothing is left to do for these people; a second run is a no-op for them.
    const next = await planErasures();
    for (const id of run.erased) expect(next.some((entry) => entry.candidateId === id)).toBe(false);
  });
});

/** The whole page as HTML, its components included (visitPage stops at the page's element). */
const htmlOf = (outcome: Awaited<ReturnType<typeof visitPage>>) =>
  outcome.kind === "rendered" ? renderToStaticMarkup(outcome.element as ReactElement) : "";

describe("the privacy page and its actions", () => {
  it.each(ROLES)("are for admins only (%s)", async (role) => {
    nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
    const application = await createApplication(testDb);
    const outcome = await visitPage(privacyPage);
    const calls = {
      retention: () => privacyActions.updateRetentionSettingAction({ retentionInactiveMonths: 1 }),
      hold: () => privacyActions.setLegalHoldAction({ candidateId: application.candidateId, legalHold: true }),
      erase: () =>
        privacyActions.eraseCandidateNowAction({ candidateId: application.candidateId, confirmation: "ERASE" }),
    };
    if (role !== "ADMIN") {
      expect(outcome).toEqual({ kind: "notFound" });
      const before = await testDb.candidate.findUniqueOrThrow({ where: { id: application.candidateId } });
      const organizations = await testDb.organization.findMany({
        select: { id: true, retentionInactiveMonths: true },
        orderBy: { id: "asc" },
      });
      for (const [name, call] of Object.entries(calls))
        expect(await call(), `${role} ${name}`).toMatchObject({
          ok: false,
          message: expect.stringMatching(/permission/),
        });
      expect(await testDb.candidate.findUniqueOrThrow({ where: { id: application.candidateId } })).toEqual(before);
      expect(
        await testDb.organization.findMany({
          select: { id: true, retentionInactiveMonths: true },
          orderBy: { id: "asc" },
        }),
      ).toEqual(organizations);
      return;
    }
    expect(htmlOf(outcome)).toContain("Dry run: the next privacy run erases");
    const lookup = await visitPage(privacyPage, { q: application.candidate.email.toUpperCase() });
    const lookupHtml = htmlOf(lookup);
    expect(lookupHtml).toContain(application.reference);
    expect(lookupHtml).toContain("Put on legal hold");
    expect(lookupHtml).toContain("Erase now");
    // The confirm step: without the typed word nothing is erased.
    expect(
      await privacyActions.eraseCandidateNowAction({ candidateId: application.candidateId, confirmation: "yes" }),
    ).toMatchObject({ ok: false, fieldErrors: { confirmation: [expect.any(String)] } });
    expect(
      await privacyActions.eraseCandidateNowAction({ candidateId: "c-not-a-candidate", confirmation: "ERASE" }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist/) });
    expect(
      (await testDb.candidate.findUniqueOrThrow({ where: { id: application.candidateId } })).anonymizedAt,
    ).toBeNull();
    expect(await calls.hold()).toMatchObject({ ok: true });
    expect(await calls.erase()).toMatchObject({ ok: false, message: expect.stringMatching(/legal hold/) });
    expect(
      await privacyActions.setLegalHoldAction({ candidateId: application.candidateId, legalHold: false }),
    ).toMatchObject({ ok: true });
    expect(await calls.erase()).toMatchObject({ ok: true });
    expect(
      (await testDb.candidate.findUniqueOrThrow({ where: { id: application.candidateId } })).anonymizedAt,
    ).not.toBeNull();
    expect(await privacyActions.updateRetentionSettingAction({ retentionInactiveMonths: -1 })).toMatchObject({
      ok: false,
      fieldErrors: { retentionInactiveMonths: [expect.any(String)] },
    });
    expect(await privacyActions.updateRetentionSettingAction({ retentionInactiveMonths: "abc" })).toMatchObject({
      ok: false,
    });
  });

  it("saves the retention period (0 turns it off) and audits the change", async () => {
    nextRequest.cookie = `authjs.session-token=${sessions.ADMIN}`;
    const employer = await testDb.organization.findFirstOrThrow({
      orderBy: [{ isDemo: "asc" }, { id: "asc" }],
      select: { id: true, retentionInactiveMonths: true },
    });
    try {
      expect(await privacyActions.updateRetentionSettingAction({ retentionInactiveMonths: "0" })).toMatchObject({
        ok: true,
        message: expect.stringMatching(/off/),
      });
      expect(
        (await testDb.organization.findUniqueOrThrow({ where: { id: employer.id } })).retentionInactiveMonths,
      ).toBe(0);
      const [event] = await testDb.auditEvent.findMany({
        where: { action: "privacy.retentionChanged", subjectId: String(employer.id) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
      });
      expect(event).toMatchObject({
        actorId: users.ADMIN.id,
        metadata: { from: employer.retentionInactiveMonths, to: 0 },
      });
    } finally {
      await testDb.organization.update({
        where: { id: employer.id },
        data: { retentionInactiveMonths: employer.retentionInactiveMonths },
      });
    }
  });
});

describe("the background jobs", () => {
  it("schedule the accommodation reminder hourly and the privacy run daily", async () => {
    const { registerWorkers } = await import("@/lib/queue/register-workers");
    const schedules: Record<string, string> = {};
    const boss = {
      work: async () => "worker",
      schedule: async (name: string, cron: string) => void (schedules[name] = cron),
    };
    await registerWorkers(boss as never, { log: () => undefined });
    expect(schedules["accommodations.remind-untouched"]).toMatch(/^\d+ \* \* \* \*$/);
    expect(schedules["privacy.retention"]).toMatch(/^\d+ \d+ \* \* \*$/);
  });
});
