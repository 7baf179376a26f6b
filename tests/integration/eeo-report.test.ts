// The aggregate EEO report against hand-counted fixtures: self-identification rows are inserted
// directly (they carry no person) in quarters of 2002 and 2003 that no other test uses.
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { buildEeoReport, type EeoReport } from "@/lib/reports/eeo/build-eeo-report";
import { exportEeoReport } from "@/lib/reports/eeo/export-eeo-report";
import { getEeoReport } from "@/lib/reports/eeo/get-eeo-report";
import { listEeoReportPeriods } from "@/lib/reports/eeo/list-report-periods";
import { parseEeoReportFilters } from "@/lib/reports/eeo/schema";
import type { SuppressedCount } from "@/lib/reports/eeo/suppress";
import { actorFor, ensureLegalForms } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { findProp, visitPage } from "../support/staff-page-visit";
import { nextRequest } from "../support/next-request";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const page = await import("@/app/(hiring)/hiring/reports/eeo/page");
const exportRoute = await import("@/app/(hiring)/hiring/reports/eeo/export/route");

const ROLES = STAFF_ROLES;
const ALLOWED = new Set<StaffRole>(["ADMIN", "RECRUITER"]);
const { users, sessions } = staffOfEveryRole();

type Row = [
  gender: string | null,
  hispanic: string | null,
  race: string | null,
  veteran: string | null,
  disability: string | null,
];
async function insert(
  periodStart: string,
  times: number,
  [gender, hispanicOrLatino, race, veteranStatus, disabilityStatus]: Row,
) {
  await testDb.selfIdentificationResponse.createMany({
    data: Array.from({ length: times }, () => ({
      periodStart: new Date(`${periodStart}T00:00:00Z`),
      gender,
      hispanicOrLatino,
      race,
      veteranStatus,
      disabilityStatus,
    })),
  });
}

beforeAll(async () => {
  await ensureLegalForms(testDb);

  // The first quarter of 2003: 40 forms, no count under 5 in the race/ethnicity table.
  await insert("2003-01-01", 6, ["MALE", "NO", "WHITE", "NOT_PROTECTED_VETERAN", "NO"]);
  await insert("2003-01-01", 8, ["FEMALE", "NO", "ASIAN", "NOT_PROTECTED_VETERAN", "NO"]);
  // Hispanic or Latino and White: counted as Hispanic or Latino only.
  await insert("2003-01-01", 5, ["FEMALE", "YES", "WHITE", "PROTECTED_VETERAN", "YES"]);
  await insert("2003-01-01", 5, ["NON_BINARY", "YES", null, "DECLINE", "NO"]);
  // Declined the ethnicity question, chose a race: counted in that race.
  await insert("2003-01-01", 5, [
    "DECLINE",
    "DECLINE",
    "BLACK_OR_AFRICAN_AMERICAN",
    "NOT_PROTECTED_VETERAN",
    "DECLINE",
  ]);
  // Not Hispanic or Latino but no race given, and an outright decline: both declined.
  await insert("2003-01-01", 5, [null, "NO", null, null, null]);
  await insert("2003-01-01", 5, [null, "DECLINE", "DECLINE", null, null]);
  // Only the disability question: a respondent of that table alone.
  await insert("2003-01-01", 1, [null, null, null, null, "YES"]);
  // The quarters before and after.
  await insert("2002-10-01", 5, ["MALE", "NO", "WHITE", "NOT_PROTECTED_VETERAN", "NO"]);
  await insert("2003-04-01", 5, ["MALE", "NO", "WHITE", "NOT_PROTECTED_VETERAN", "NO"]);

  // One respondent in the third quarter: nothing about them may show.
  await insert("2003-07-01", 1, ["FEMALE", "YES", "ASIAN", "PROTECTED_VETERAN", "YES"]);

  // The fourth quarter, gender only: 20 male, 3 female, 9 non-binary.
  await insert("2003-10-01", 20, ["MALE", null, null, null, null]);
  await insert("2003-10-01", 3, ["FEMALE", null, null, null, null]);
  await insert("2003-10-01", 9, ["NON_BINARY", null, null, null, null]);
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const show = (count: SuppressedCount) =>
  count.kind === "count" ? count.value : count.kind === "small" ? "<5" : "hidden";
/** A table as { category value: shown count, total }. */
function table(report: EeoReport, key: string) {
  const found = report.tables.find((candidate) => candidate.key === key)!;
  return { ...Object.fromEntries(found.cells.map((cell) => [cell.value, show(cell.count)])), total: show(found.total) };
}
const report = (quarter: string, now?: Date) =>
  buildEeoReport({ actor: actorFor(users.ADMIN), filters: parseEeoReportFilters({ quarter }), now });

describe("the EEO report", () => {
  it("counts each question's answers for a quarter, declines as such", async () => {
    const result = await report("2003-Q1");
    expect(result.period).toEqual({ key: "2003-Q1", start: "2003-01-01", label: "January–March 2003" });
    expect(show(result.responses)).toBe(40);
    expect(table(result, "gender")).toEqual({ MALE: 6, FEMALE: 13, NON_BINARY: 5, DECLINE: 5, total: 29 });
    expect(table(result, "veteran")).toEqual({
      PROTECTED_VETERAN: 5,
      NOT_PROTECTED_VETERAN: 19,
      DECLINE: 5,
      total: 29,
    });
    expect(table(result, "disability")).toEqual({ YES: 6, NO: 19, DECLINE: 5, total: 30 });
    expect(result.tables.find((candidate) => candidate.key === "disability")?.cells.at(-1)?.label).toBe(
      "Declined to self-identify",
    );
  });

  it("counts Hispanic or Latino respondents in that category only, and race among the others", async () => {
    expect(table(await report("2003-Q1"), "raceEthnicity")).toEqual({
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

  it("covers one whole quarter, never a range of months or a job", async () => {
    expect(table(await report("2002-Q4"), "gender")).toMatchObject({ MALE: 5, total: 5 });
    expect(table(await report("2003-Q2"), "gender")).toMatchObject({ MALE: 5, total: 5 });
    expect(parseEeoReportFilters({ jobId: "7", from: "2003-01", to: "2003-03" })).toEqual({});
    expect(parseEeoReportFilters({ quarter: ["2003-Q2", "2003-Q1"] })).toEqual({ quarter: "2003-Q2" });
  });

  it("shows the latest quarter that has ended, a day later, for a quarter still open, to come or malformed", async () => {
    const may2003 = new Date("2003-05-10T12:00:00Z");
    for (const quarter of ["2003-Q2", "2003-Q3", "2003-Q5", "2003-01", ""])
      expect((await report(quarter, may2003)).period.key, quarter).toBe("2003-Q1");
    expect((await report("2003-Q1", new Date("2003-04-01T12:00:00Z"))).period.key).toBe("2002-Q4");
    expect((await report("2003-Q1", new Date("2003-04-02T00:00:00Z"))).period.key).toBe("2003-Q1");
  });

  it("lists the quarters that have ended, newest first, none overlapping", async () => {
    const periods = await listEeoReportPeriods({
      actor: actorFor(users.RECRUITER),
      now: new Date("2004-01-05T00:00:00Z"),
    });
    expect(periods.slice(0, 5).map((period) => period.key)).toEqual([
      "2003-Q4",
      "2003-Q3",
      "2003-Q2",
      "2003-Q1",
      "2002-Q4",
    ]);
    expect(new Set(periods.map((period) => period.start)).size).toBe(periods.length);
  });

  it("shows a quarter with one respondent only as <5, on the page and in the CSV file", async () => {
    const result = await report("2003-Q3");
    const shown = [
      result.responses,
      ...result.tables.flatMap((candidate) => [candidate.total, ...candidate.cells.map((cell) => cell.count)]),
    ];
    expect(shown.every((count) => count.kind === "small")).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/"value":\s*\d/);

    const { csv } = await exportEeoReport({ actor: actorFor(users.RECRUITER), filters: { quarter: "2003-Q3" } });
    const counts = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",").at(-1));
    expect(counts.length).toBeGreaterThan(10);
    expect(new Set(counts)).toEqual(new Set(["<5"]));
  });

  it("suppresses 1–4 and hides a complementary cell so the total cannot give the small one away", async () => {
    // 20 + 3 + 9 = 32: with the total shown, 3 could be read off 32 − 20 − 9; the 9 is hidden too.
    expect(table(await report("2003-Q4"), "gender")).toEqual({
      MALE: 20,
      FEMALE: "<5",
      NON_BINARY: "hidden",
      DECLINE: 0,
      total: 32,
    });
  });

  it("writes the suppressed aggregate to CSV with the same numbers as the page", async () => {
    const { csv, fileName } = await exportEeoReport({
      actor: actorFor(users.ADMIN),
      filters: parseEeoReportFilters({ quarter: "2003-Q4" }),
    });
    expect(fileName).toBe("eeo-report-2003-Q4.csv");
    expect(csv.split("\r\n")).toEqual(
      expect.arrayContaining([
        "Gender,Male,20",
        "Gender,Female,<5",
        "Gender,Non-binary,hidden",
        "Gender,Total respondents,32",
      ]),
    );
  });

  it("records each view and each export in the audit log, with the quarter", async () => {
    const actor = actorFor(users.RECRUITER);
    const filters = parseEeoReportFilters({ quarter: "2003-Q1" });
    await getEeoReport({ actor, filters });
    await exportEeoReport({ actor, filters });
    const events = await testDb.auditEvent.findMany({
      where: { actorId: users.RECRUITER.id, subjectType: "report" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((event) => [event.action, event.subjectId, event.metadata])).toEqual(
      expect.arrayContaining([
        ["view.eeoReport", "eeo", { quarter: "2003-Q1" }],
        ["report.exported", "eeo", { quarter: "2003-Q1", format: "csv" }],
      ]),
    );
  });
});

describe("who may see the EEO report", () => {
  it.each(ROLES)("%s: page, domain function and CSV route agree with the role table", async (role) => {
    nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
    const before = await testDb.auditEvent.count({ where: { actorId: users[role].id } });
    const outcome = await visitPage(page, { quarter: "2003-Q4" });
    const response = await exportRoute.GET(
      new NextRequest("http://localhost/hiring/reports/eeo/export?quarter=2003-Q4"),
    );
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
