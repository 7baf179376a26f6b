// The aggregate EEO report against hand-counted fixtures: self-identification rows are inserted
// directly (they carry no person) in months of 2003 that no other test uses.
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { buildEeoReport, type EeoReport } from "@/lib/reports/eeo/build-eeo-report";
import { exportEeoReport } from "@/lib/reports/eeo/export-eeo-report";
import { getEeoReport } from "@/lib/reports/eeo/get-eeo-report";
import { parseEeoReportFilters } from "@/lib/reports/eeo/schema";
import type { SuppressedCount } from "@/lib/reports/eeo/suppress";
import { actorFor, createJob, createStaffSession, createStaffUser, ensureLegalForms, type StaffUser } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { findProp, visitPage } from "../support/staff-page-visit";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const page = await import("@/app/(hiring)/hiring/reports/eeo/page");
const exportRoute = await import("@/app/(hiring)/hiring/reports/eeo/export/route");

const ROLES = ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const satisfies StaffRole[];
const ALLOWED = new Set<StaffRole>(["ADMIN", "RECRUITER"]);
const users = {} as Record<(typeof ROLES)[number], StaffUser>;
const sessions = {} as Record<(typeof ROLES)[number], string>;
const jobs = { main: 0, single: 0, small: 0 };

type Row = [gender: string | null, hispanic: string | null, race: string | null, veteran: string | null, disability: string | null];
async function insert(jobId: number, submittedOn: string, times: number, [gender, hispanicOrLatino, race, veteranStatus, disabilityStatus]: Row) {
  await testDb.selfIdentificationResponse.createMany({
    data: Array.from({ length: times }, () => ({ jobId, submittedOn: new Date(`${submittedOn}T00:00:00Z`), gender, hispanicOrLatino, race, veteranStatus, disabilityStatus })),
  });
}

beforeAll(async () => {
  await ensureLegalForms(testDb);
  for (const role of ROLES) {
    users[role] = await createStaffUser(testDb, { role });
    sessions[role] = (await createStaffSession(testDb, users[role].id)).sessionToken;
  }
  jobs.main = (await createJob(testDb)).id;
  jobs.single = (await createJob(testDb)).id;
  jobs.small = (await createJob(testDb)).id;

  // The main job, February 2003: 40 forms, no count under 5 in the race/ethnicity table.
  await insert(jobs.main, "2003-02-03", 6, ["MALE", "NO", "WHITE", "NOT_PROTECTED_VETERAN", "NO"]);
  await insert(jobs.main, "2003-02-10", 8, ["FEMALE", "NO", "ASIAN", "NOT_PROTECTED_VETERAN", "NO"]);
  // Hispanic or Latino and White: counted as Hispanic or Latino only.
  await insert(jobs.main, "2003-02-14", 5, ["FEMALE", "YES", "WHITE", "PROTECTED_VETERAN", "YES"]);
  await insert(jobs.main, "2003-02-20", 5, ["NON_BINARY", "YES", null, "DECLINE", "NO"]);
  // Declined the ethnicity question, chose a race: counted in that race.
  await insert(jobs.main, "2003-02-21", 5, ["DECLINE", "DECLINE", "BLACK_OR_AFRICAN_AMERICAN", "NOT_PROTECTED_VETERAN", "DECLINE"]);
  // Not Hispanic or Latino but no race given, and an outright decline: both declined.
  await insert(jobs.main, "2003-02-27", 5, [null, "NO", null, null, null]);
  await insert(jobs.main, "2003-02-28", 5, [null, "DECLINE", "DECLINE", null, null]);
  // Only the disability question: a respondent of that table alone.
  await insert(jobs.main, "2003-02-28", 1, [null, null, null, null, "YES"]);
  // Outside February: the last day of January and of March.
  await insert(jobs.main, "2003-01-31", 5, ["MALE", "NO", "WHITE", "NOT_PROTECTED_VETERAN", "NO"]);
  await insert(jobs.main, "2003-03-31", 5, ["MALE", "NO", "WHITE", "NOT_PROTECTED_VETERAN", "NO"]);

  // One respondent: nothing about them may show.
  await insert(jobs.single, "2003-02-12", 1, ["FEMALE", "YES", "ASIAN", "PROTECTED_VETERAN", "YES"]);

  // Gender only: 20 male, 3 female, 9 non-binary.
  await insert(jobs.small, "2003-02-05", 20, ["MALE", null, null, null, null]);
  await insert(jobs.small, "2003-02-05", 3, ["FEMALE", null, null, null, null]);
  await insert(jobs.small, "2003-02-06", 9, ["NON_BINARY", null, null, null, null]);
});

beforeEach(() => {
  request.cookie = "";
});

const show = (count: SuppressedCount) => (count.kind === "count" ? count.value : count.kind === "small" ? "<5" : "hidden");
/** A table as { category value: shown count, total }. */
function table(report: EeoReport, key: string) {
  const found = report.tables.find((candidate) => candidate.key === key)!;
  return { ...Object.fromEntries(found.cells.map((cell) => [cell.value, show(cell.count)])), total: show(found.total) };
}
const report = (jobId: number | undefined, from = "2003-02", to = "2003-02") =>
  buildEeoReport({ actor: actorFor(users.ADMIN), filters: parseEeoReportFilters({ ...(jobId ? { jobId: String(jobId) } : {}), from, to }) });

describe("the EEO report", () => {
  it("counts each question's answers for a job and period, declines as such", async () => {
    const result = await report(jobs.main);
    expect(show(result.responses)).toBe(40);
    expect(table(result, "gender")).toEqual({ MALE: 6, FEMALE: 13, NON_BINARY: 5, DECLINE: 5, total: 29 });
    expect(table(result, "veteran")).toEqual({ PROTECTED_VETERAN: 5, NOT_PROTECTED_VETERAN: 19, DECLINE: 5, total: 29 });
    expect(table(result, "disability")).toEqual({ YES: 6, NO: 19, DECLINE: 5, total: 30 });
    expect(result.tables.find((candidate) => candidate.key === "disability")?.cells.at(-1)?.label).toBe("Declined to self-identify");
  });

  it("counts Hispanic or Latino respondents in that category only, and race among the others", async () => {
    expect(table(await report(jobs.main), "raceEthnicity")).toEqual({
      HISPANIC_OR_LATINO: 10,
      WHITE: 6,
      BLACK_OR_AFRICAN_AMERICAN: 5,
      ASIAN: 8,
      NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER: 0,
      AMERICAN_INDIAN_OR_ALASKA_NATIVE: 0,
      TWO_OR_MORE_RACES: 0,
      DECLINE: 10,
      total: 39,
    });
  });

  it("takes whole months of submission days, both ends included", async () => {
    expect(table(await report(jobs.main, "2003-02", "2003-03"), "gender")).toMatchObject({ MALE: 11, total: 34 });
    expect(table(await report(jobs.main, "2003-01", "2003-03"), "gender")).toMatchObject({ MALE: 16, total: 39 });
    // Reversed ends are read as the same period.
    expect(table(await report(jobs.main, "2003-03", "2003-01"), "gender")).toMatchObject({ MALE: 16 });
  });

  it("adds every job up when no job is chosen", async () => {
    const all = await report(undefined);
    expect(show(all.responses)).toBe(40 + 1 + 32);
    expect(table(all, "gender")).toEqual({ MALE: 26, FEMALE: 17, NON_BINARY: 14, DECLINE: 5, total: 62 });
    expect(table(all, "raceEthnicity")).toMatchObject({ HISPANIC_OR_LATINO: 11, ASIAN: 8, total: 40 });
  });

  it("shows a job with one respondent only as <5, on the page and in the CSV file", async () => {
    const result = await report(jobs.single);
    const shown = [result.responses, ...result.tables.flatMap((candidate) => [candidate.total, ...candidate.cells.map((cell) => cell.count)])];
    expect(shown.every((count) => count.kind === "small")).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/"value":\s*\d/);

    const { csv } = await exportEeoReport({ actor: actorFor(users.RECRUITER), filters: result.filters });
    const counts = csv.trim().split("\r\n").slice(1).map((line) => line.split(",").at(-1));
    expect(counts.length).toBeGreaterThan(10);
    expect(new Set(counts)).toEqual(new Set(["<5"]));
  });

  it("suppresses 1–4 and hides a complementary cell so the total cannot give the small one away", async () => {
    // 20 + 3 + 9 = 32: with the total shown, 3 could be read off 32 − 20 − 9; the 9 is hidden too.
    expect(table(await report(jobs.small), "gender")).toEqual({ MALE: 20, FEMALE: "<5", NON_BINARY: "hidden", DECLINE: 0, total: 32 });
  });

  it("writes the suppressed aggregate to CSV with the same numbers as the page", async () => {
    const { csv, fileName } = await exportEeoReport({ actor: actorFor(users.ADMIN), filters: parseEeoReportFilters({ jobId: String(jobs.small), from: "2003-02", to: "2003-02" }) });
    expect(fileName).toBe(`eeo-report-job-${jobs.small}-2003-02-to-2003-02.csv`);
    expect(csv.split("\r\n")).toEqual(expect.arrayContaining(["Gender,Male,20", "Gender,Female,<5", "Gender,Non-binary,hidden", "Gender,Total respondents,32"]));
  });

  it("records each view and each export in the audit log, with the filters", async () => {
    const actor = actorFor(users.RECRUITER);
    const filters = parseEeoReportFilters({ jobId: String(jobs.main), from: "2003-02" });
    await getEeoReport({ actor, filters });
    await exportEeoReport({ actor, filters });
    const events = await testDb.auditEvent.findMany({ where: { actorId: users.RECRUITER.id, subjectType: "report" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(events.map((event) => [event.action, event.subjectId, event.metadata])).toEqual(
      expect.arrayContaining([
        ["view.eeoReport", "eeo", { jobId: jobs.main, from: "2003-02", to: null }],
        ["report.exported", "eeo", { jobId: jobs.main, from: "2003-02", to: null, format: "csv" }],
      ]),
    );
  });
});

describe("who may see the EEO report", () => {
  it.each(ROLES)("%s: page, domain function and CSV route agree with the role table", async (role) => {
    request.cookie = `authjs.session-token=${sessions[role]}`;
    const before = await testDb.auditEvent.count({ where: { actorId: users[role].id } });
    const outcome = await visitPage(page, { jobId: String(jobs.small), from: "2003-02", to: "2003-02" });
    const response = await exportRoute.GET(new NextRequest(`http://localhost/hiring/reports/eeo/export?jobId=${jobs.small}&from=2003-02&to=2003-02`));
    const call = await getEeoReport({ actor: actorFor(users[role]), filters: parseEeoReportFilters({}) }).then(
      () => "allowed",
      (error: unknown) => (error instanceof AppError ? error.code : error),
    );
    if (ALLOWED.has(role)) {
      expect(outcome.kind).toBe("rendered");
      const shown = findProp(outcome.kind === "rendered" ? outcome.element : null, "report") as EeoReport;
      expect(table(shown, "gender")).toMatchObject({ MALE: 20, FEMALE: "<5" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(await response.text()).toContain("Gender,Female,<5");
      expect(call).toBe("allowed");
      expect(await testDb.auditEvent.count({ where: { actorId: users[role].id } })).toBe(before + 3);
    } else {
      expect(outcome).toEqual({ kind: "notFound" });
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("Gender");
      expect(call).toBe("FORBIDDEN");
      expect(await testDb.auditEvent.count({ where: { actorId: users[role].id } })).toBe(before);
    }
  });

  it("refuses a signed-out request to the CSV route", async () => {
    const response = await exportRoute.GET(new NextRequest("http://localhost/hiring/reports/eeo/export"));
    expect(response.status).toBe(401);
  });
});
