// The pipeline reports against hand-computed fixtures. Every instant is in 2005, a year no
// other test uses; day n is 1 January 2005 + n days (UTC); the period is the first half year,
// days 0 to 180, so [day 0, day 181).
//
// Job A (stages 0 Applied, 1 Recruiter screen, 2 Hiring manager screen, 3 Technical interviews,
// 4 Onsite panel, 5 Offer, 6 Hired): opened day 0, closed day 31, reopened day 59.
//   a1  day 60; 1@62 2@66 3@73 4@80 5@85 6@90 (hired)                     referral
//   a2  day 10; 1@12, rejected@15 (R)                                       careers, utm "linkedin "
//   a3  day 20; 1@21 2@25 3@30, withdrew@34 (W)                              careers        (person P)
//   a4  day 100; still in Applied                                          agency
//   a5  day 40; 1@41 2@43 3@47, back to 1@50                               job board, utm indeed
//   a6  day 45; withdrew@50 from the status page, no reason                careers
//   a8  day 5; 2@7 5@20 6@64 (hired, skipping the recruiter screen)         careers, utm "LinkedIn"
//   a9  day -2 (before the period); 1@1, rejected@3 (R)                      careers
//   a10 day 181 (after); rejected@182 (R)                                  careers
//   a11 day 30; 5@31 6@40 (hired) back to 5@42 (the hire fell through)       careers, utm =HYPERLINK(…)
//   a12 day 170; 1@185 (after the period)                                  referral
// Job B (same stages): opened day 95.
//   b1  day 100 (person P again); 1@105 3@110 5@118 6@124 (hired)           careers, utm "LinkedIn"
//   b2  day 150; still in Applied                                          job board, utm "Indeed "
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { exportPipelineReport } from "@/lib/reports/export-pipeline-report";
import { getPipelineReports, type PipelineReports } from "@/lib/reports/get-pipeline-reports";
import type { ReportFilters } from "@/lib/reports/schema";
import {
  actorFor,
  createInterview,
  createJob,
  createScorecard,
  createStaffUser,
  ensureLegalForms,
  uniqueSuffix,
  type CreatedJob,
} from "../factories";
import { testDb } from "../support/db";
import { createApplicationWithHistory as history, fixtureDay, setJobStatusHistory } from "../support/report-fixture";

const YEAR = 2005;
const d = (n: number, hours = 0) => fixtureDay(YEAR, n, hours);
const NOW = d(165, 12);
const DAY_SECONDS = 24 * 60 * 60;

let jobA: CreatedJob;
let jobB: CreatedJob;
const actors = {} as Record<"admin" | "recruiter" | "coordinator" | "manager" | "interviewer", Actor>;
const interviewers = {} as Record<"ivy" | "ian", { id: string; name: string | null }>;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  const suffix = uniqueSuffix();
  jobA = await createJob(testDb, { title: `Report job A ${suffix}` });
  jobB = await createJob(testDb, { title: `Report job B ${suffix}` });
  await testDb.job.update({ where: { id: jobA.id }, data: { scorecardDueHours: 48 } });
  await setJobStatusHistory(jobA.id, [
    { on: d(0), from: "DRAFT", to: "PUBLISHED" },
    { on: d(31), from: "PUBLISHED", to: "CLOSED" },
    { on: d(59), from: "CLOSED", to: "PUBLISHED" },
  ]);
  await setJobStatusHistory(jobB.id, [{ on: d(95), from: "DRAFT", to: "PUBLISHED" }]);

  const rejected = await testDb.rejectionReason.create({
    data: { kind: "WE_REJECTED", label: `Not enough experience ${suffix}`, position: 0 },
  });
  const withdrew = await testDb.rejectionReason.create({
    data: { kind: "CANDIDATE_WITHDREW", label: `Accepted another offer ${suffix}`, position: 0 },
  });
  const R = rejected.id;
  const W = withdrew.id;

  const a1 = {
    job: jobA,
    submittedAt: d(60),
    source: "REFERRAL",
    sourceDetail: { source: "referral", referredBy: "Dana" },
  } as const;
  await history({
    ...a1,
    steps: [1, 2, 3, 4, 5, 6].map((to, index) => ({ on: d([62, 66, 73, 80, 85, 90][index]!), to })),
  });
  await history({
    job: jobA,
    submittedAt: d(10),
    sourceDetail: { utm_source: "linkedin " },
    steps: [
      { on: d(12), to: 1 },
      { on: d(15), close: "REJECTED", reasonId: R },
    ],
  });
  const a3 = await history({
    job: jobA,
    submittedAt: d(20),
    steps: [
      { on: d(21), to: 1 },
      { on: d(25), to: 2 },
      { on: d(30), to: 3 },
      { on: d(34), close: "WITHDRAWN", reasonId: W },
    ],
  });
  const a4 = await history({
    job: jobA,
    submittedAt: d(100),
    source: "AGENCY",
    sourceDetail: { source: "agency", agency: "Talent Partners" },
  });
  const a5 = await history({
    job: jobA,
    submittedAt: d(40),
    source: "JOB_BOARD_API",
    sourceDetail: { utm_source: "indeed", apiClient: "AcmeJobs" },
    steps: [
      { on: d(41), to: 1 },
      { on: d(43), to: 2 },
      { on: d(47), to: 3 },
      { on: d(50), to: 1 },
    ],
  });
  await history({ job: jobA, submittedAt: d(45), steps: [{ on: d(50), close: "WITHDRAWN", reasonId: null }] });
  await history({
    job: jobA,
    submittedAt: d(5),
    sourceDetail: { utm_source: "LinkedIn" },
    steps: [
      { on: d(7), to: 2 },
      { on: d(20), to: 5 },
      { on: d(64), to: 6 },
    ],
  });
  await history({
    job: jobA,
    submittedAt: d(-2),
    steps: [
      { on: d(1), to: 1 },
      { on: d(3), close: "REJECTED", reasonId: R },
    ],
  });
  await history({ job: jobA, submittedAt: d(181), steps: [{ on: d(182), close: "REJECTED", reasonId: R }] });
  await history({
    job: jobA,
    submittedAt: d(30),
    sourceDetail: { utm_source: '=HYPERLINK("http://evil")' },
    steps: [
      { on: d(31), to: 5 },
      { on: d(40), to: 6 },
      { on: d(42), to: 5 },
    ],
  });
  const a12 = await history({ job: jobA, submittedAt: d(170), source: "REFERRAL", steps: [{ on: d(185), to: 1 }] });
  // The same person as a3, applying again to another job: time to hire counts from this application.
  await history({
    job: jobB,
    candidateId: a3.candidateId,
    submittedAt: d(100),
    sourceDetail: { utm_source: "LinkedIn" },
    steps: [
      { on: d(105), to: 1 },
      { on: d(110), to: 3 },
      { on: d(118), to: 5 },
      { on: d(124), to: 6 },
    ],
  });
  await history({ job: jobB, submittedAt: d(150), source: "JOB_BOARD_API", sourceDetail: { utm_source: "Indeed " } });

  const user = (overrides: Parameters<typeof createStaffUser>[1]) => createStaffUser(testDb, overrides);
  actors.admin = actorFor(await user({ role: "ADMIN" }));
  actors.recruiter = actorFor(await user({ role: "RECRUITER" }));
  actors.coordinator = actorFor(await user({ role: "COORDINATOR" }));
  actors.interviewer = actorFor(await user({ role: "INTERVIEWER" }));
  const manager = await user({ role: "HIRING_MANAGER" });
  actors.manager = actorFor(manager);
  await testDb.hiringTeamMember.create({ data: { jobId: jobA.id, userId: manager.id, role: "HIRING_MANAGER" } });

  // Scorecards as of NOW (day 165, 12:00); job A's scorecards are due 48 hours after the interview ends.
  interviewers.ivy = await user({ role: "INTERVIEWER", name: `Ivy ${suffix}` });
  interviewers.ian = await user({ role: "INTERVIEWER", name: `Ian ${suffix}` });
  const gone = await user({ role: "INTERVIEWER", name: `Gone ${suffix}`, active: false });
  const interview = (
    applicationId: string,
    startsAt: Date,
    panel: string[],
    status: "SCHEDULED" | "CANCELLED" = "SCHEDULED",
  ) =>
    createInterview(testDb, {
      applicationId,
      scheduledById: actors.coordinator.userId,
      panelUserIds: panel,
      startsAt,
      durationMinutes: 60,
      status,
    });
  const { ivy, ian } = interviewers;
  // Over 3 days ago: Ivy submitted, Ian owes it, overdue.
  const i1 = await interview(a5.id, d(160, 10), [ivy.id, ian.id]);
  await createScorecard(testDb, { interviewId: i1.id, authorId: ivy.id, submitted: true });
  // Ended two hours ago: both owe it (Ivy's draft is not a scorecard), due in two days.
  const i2 = await interview(a12.id, d(165, 9), [ivy.id, ian.id]);
  await createScorecard(testDb, { interviewId: i2.id, authorId: ivy.id, submitted: false });
  // Ended 25 hours ago: overdue under the default 24 hours, not under job A's 48.
  await interview(a12.id, d(164, 10), [ivy.id]);
  // Not owed: tomorrow's; a rejected candidate's; a cancelled one; a deactivated interviewer's; before the period.
  await interview(a4.id, d(166, 10), [ivy.id]);
  const a2 = await testDb.application.findFirstOrThrow({ where: { jobId: jobA.id, submittedAt: d(10) } });
  await interview(a2.id, d(12, 10), [ivy.id]);
  await interview(a5.id, d(150, 10), [ian.id], "CANCELLED");
  await interview(a5.id, d(100, 10), [gone.id]);
  await interview(a5.id, fixtureDay(YEAR - 1, 350, 10), [ivy.id]);
});

const FIRST_HALF: ReportFilters = { from: "2005-01-01", to: "2005-06-30" };
const reports = (actor: Actor, filters: Partial<ReportFilters> = {}) =>
  getPipelineReports({ actor, filters: { ...FIRST_HALF, ...filters }, now: NOW });
/** Seconds to days, rounded off the floating-point noise of interpolation. */
const days = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / DAY_SECONDS) * 1e6) / 1e6);
const round = (value: number | null) => (value === null ? null : Math.round(value * 1e6) / 1e6);

describe("funnel", () => {
  it("counts applications submitted in the period by the furthest stage they reached, with conversions", async () => {
    const { funnel } = await reports(actors.recruiter, { jobId: jobA.id });
    expect(funnel.groupedBy).toBe("stage");
    expect(funnel.applications).toBe(9);
    expect(funnel.steps.map((step) => [step.name, step.reached, round(step.conversionToNext)])).toEqual([
      ["Applied", 9, round(7 / 9)],
      ["Recruiter screen", 7, round(5 / 7)],
      ["Hiring manager screen", 5, 1],
      ["Technical interviews", 5, 0.6],
      ["Onsite panel", 3, 1],
      ["Offer", 3, 1],
      ["Hired", 3, null],
    ]);
  });

  it("across jobs, counts by stage kind", async () => {
    const { funnel } = await reports(actors.admin);
    expect(funnel.groupedBy).toBe("kind");
    expect(funnel.applications).toBe(11);
    expect(funnel.steps.map((step) => [step.kind, step.reached, round(step.conversionToNext)])).toEqual([
      ["APPLIED", 11, round(8 / 11)],
      ["SCREEN", 8, 0.75],
      ["INTERVIEW", 6, round(4 / 6)],
      ["OFFER", 4, 1],
      ["HIRED", 4, null],
    ]);
  });
});

describe("time in each stage", () => {
  it("takes the median and 90th percentile of finished stays that ended in the period", async () => {
    const { timeInStage } = await reports(actors.recruiter, { jobId: jobA.id });
    expect(
      timeInStage.stages.map((stage) => [stage.name, stage.stays, days(stage.medianSeconds), days(stage.p90Seconds)]),
    ).toEqual([
      // a1 2, a2 2, a3 1, a5 1, a6 5, a8 2, a9 3 (entered before the period), a11 1; a4 and a12 still there or left after.
      ["Applied", 8, 2, 3.6],
      // a1 4, a2 3 (then rejected), a3 4, a5 2, a9 2; a5's second stay is still open.
      ["Recruiter screen", 5, 3, 4],
      ["Hiring manager screen", 4, 6, 11.2],
      ["Technical interviews", 3, 4, 6.4],
      ["Onsite panel", 1, 5, 5],
      // a1 5, a8 44, a11 9 (its time as a hire is not time in a stage).
      ["Offer", 3, 9, 37],
      ["Hired", 0, null, null],
    ]);
  });

  it("across jobs, by stage kind", async () => {
    const { timeInStage } = await reports(actors.admin);
    expect(
      timeInStage.stages.map((stage) => [stage.kind, stage.stays, days(stage.medianSeconds), days(stage.p90Seconds)]),
    ).toEqual([
      ["APPLIED", 9, 2, 5],
      ["SCREEN", 10, 4, 7.6],
      ["INTERVIEW", 5, 5, 7.6],
      ["OFFER", 4, 7.5, 33.5],
      ["HIRED", 0, null, null],
    ]);
  });
});

describe("time to hire and time to fill", () => {
  it("measures from the application to the hire, and from the reopening of the job to the hire", async () => {
    const { timeToHire } = await reports(actors.recruiter, { jobId: jobA.id });
    // a1: 30 days after applying, 31 after the reopening; a8: 59 and 5. a11's hire fell through.
    expect(timeToHire.timeToHire).toEqual({
      count: 2,
      medianSeconds: expect.any(Number),
      p90Seconds: expect.any(Number),
    });
    expect([days(timeToHire.timeToHire.medianSeconds), days(timeToHire.timeToHire.p90Seconds)]).toEqual([44.5, 56.1]);
    expect(timeToHire.timeToFill.count).toBe(2);
    expect([days(timeToHire.timeToFill.medianSeconds), days(timeToHire.timeToFill.p90Seconds)]).toEqual([18, 28.4]);
  });

  it("counts a re-application from its own date (b1: 24 days, not 104 from the first application)", async () => {
    const { timeToHire } = await reports(actors.admin);
    expect([
      timeToHire.timeToHire.count,
      days(timeToHire.timeToHire.medianSeconds),
      days(timeToHire.timeToHire.p90Seconds),
    ]).toEqual([3, 30, 53.2]);
    expect([
      timeToHire.timeToFill.count,
      days(timeToHire.timeToFill.medianSeconds),
      days(timeToHire.timeToFill.p90Seconds),
    ]).toEqual([3, 29, 30.6]);
    const { timeToHire: onlyJobB } = await reports(actors.admin, { jobId: jobB.id });
    expect([days(onlyJobB.timeToHire.medianSeconds), days(onlyJobB.timeToFill.medianSeconds)]).toEqual([24, 29]);
  });

  it("counts hires made in the period only", async () => {
    const { timeToHire } = await reports(actors.recruiter, { jobId: jobA.id, from: "2005-03-10", to: "2005-06-30" });
    // Only a1 (hired day 90); a8 was hired on day 64, 5 March.
    expect([
      timeToHire.timeToHire.count,
      days(timeToHire.timeToHire.medianSeconds),
      days(timeToHire.timeToFill.medianSeconds),
    ]).toEqual([1, 30, 31]);
  });
});

describe("sources", () => {
  it("counts applications submitted and hires made in the period by channel and utm_source", async () => {
    const { sources } = await reports(actors.recruiter, { jobId: jobA.id });
    expect(sources.map((row) => [row.source, row.utmSource, row.applications, row.hires])).toEqual([
      ["CAREERS_SITE", "linkedin", 2, 1],
      ["REFERRAL", null, 2, 1],
      ["CAREERS_SITE", null, 2, 0],
      ["AGENCY", null, 1, 0],
      ["CAREERS_SITE", '=hyperlink("http://evil")', 1, 0],
      ["JOB_BOARD_API", "indeed", 1, 0],
    ]);
  });

  it("across jobs", async () => {
    const { sources } = await reports(actors.admin);
    expect(sources.map((row) => [row.source, row.utmSource, row.applications, row.hires])).toEqual([
      ["CAREERS_SITE", "linkedin", 3, 2],
      ["REFERRAL", null, 2, 1],
      ["CAREERS_SITE", null, 2, 0],
      ["JOB_BOARD_API", "indeed", 2, 0],
      ["AGENCY", null, 1, 0],
      ["CAREERS_SITE", '=hyperlink("http://evil")', 1, 0],
    ]);
  });
});

describe("rejection reasons", () => {
  it("splits the applications that ended in the period into 'we rejected' and 'candidate withdrew'", async () => {
    const { rejectionReasons } = await reports(actors.recruiter, { jobId: jobA.id });
    expect(rejectionReasons.map((row) => [row.kind, row.label?.replace(/ \S+$/, ""), row.count])).toEqual([
      // a2 and a9 (a10's came after the period)
      ["WE_REJECTED", "Not enough experience", 2],
      ["CANDIDATE_WITHDREW", "Accepted another offer", 1],
      // a6, from the status page without a reason
      ["CANDIDATE_WITHDREW", undefined, 1],
    ]);
  });
});

describe("scorecards owed", () => {
  it("counts seats of interviews over without a submitted scorecard, and those past the job's due time", async () => {
    const { scorecardsOwed } = await reports(actors.coordinator, { jobId: jobA.id });
    expect(scorecardsOwed.map((row) => [row.name, row.owed, row.overdue])).toEqual([
      [interviewers.ian.name, 2, 1],
      [interviewers.ivy.name, 2, 0],
    ]);
  });
});

describe("who may read the reports", () => {
  it("refuses interviewers", async () => {
    await expect(reports(actors.interviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reports(actors.interviewer, { jobId: jobA.id })).rejects.toBeInstanceOf(AppError);
  });

  it("limits hiring managers to their jobs: all jobs means theirs, another job is not found", async () => {
    const mine = await reports(actors.manager);
    expect(mine.funnel.applications).toBe(9);
    expect(mine.funnel.steps.map((step) => step.reached)).toEqual([9, 7, 5, 3, 3]);
    expect(mine.timeToHire.timeToHire.count).toBe(2);
    expect(mine.sources.reduce((sum, row) => sum + row.applications, 0)).toBe(9);
    await expect(reports(actors.manager, { jobId: jobB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await reports(actors.manager, { jobId: jobA.id })).job?.id).toBe(jobA.id);
  });

  it("carries nothing sensitive: no eligibility, accommodation or self-identification, no candidate names", async () => {
    const shown: PipelineReports = await reports(actors.admin);
    const text = JSON.stringify(shown);
    for (const word of [
      "authorizedToWork",
      "canReceiveWithoutLicense",
      "accommodation",
      "selfIdentification",
      "email",
      "Dana",
      "Talent Partners",
      "AcmeJobs",
    ]) {
      expect(text).not.toContain(word);
    }
  });
});

describe("CSV export", () => {
  it("writes the report's rows with a header, quoting and formula escaping, and audits the export", async () => {
    const { csv, fileName } = await exportPipelineReport({
      actor: actors.recruiter,
      filters: { ...FIRST_HALF, jobId: jobA.id },
      report: "sources",
      now: NOW,
    });
    expect(fileName).toBe(`report-sources-job-${jobA.id}-2005-01-01-to-2005-06-30.csv`);
    expect(csv).toBe(
      [
        "Source,utm_source,Applications,Hires",
        "Careers site,linkedin,2,1",
        "Referral,(none),2,1",
        "Careers site,(none),2,0",
        "Agency,(none),1,0",
        `Careers site,"'=hyperlink(""http://evil"")",1,0`,
        "Job board,indeed,1,0",
        "",
      ].join("\r\n"),
    );
    const event = await testDb.auditEvent.findFirstOrThrow({
      where: { actorId: actors.recruiter.userId, action: "report.exported" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect([event.subjectType, event.subjectId, event.metadata]).toEqual([
      "report",
      "sources",
      { jobId: jobA.id, from: "2005-01-01", to: "2005-06-30", format: "csv" },
    ]);
  });

  it("writes percentages and days as plain numbers", async () => {
    const filters = { ...FIRST_HALF, jobId: jobA.id };
    const funnel = await exportPipelineReport({ actor: actors.admin, filters, report: "funnel", now: NOW });
    expect(funnel.csv.split("\r\n").slice(0, 3)).toEqual([
      "Stage,Applications reaching it,Conversion to the next",
      "Applied,9,77.8",
      "Recruiter screen,7,71.4",
    ]);
    expect(funnel.csv.split("\r\n")).toContain("Hired,3,");
    const stay = await exportPipelineReport({ actor: actors.admin, filters, report: "time-in-stage", now: NOW });
    expect(stay.csv.split("\r\n")[1]).toBe("Applied,8,2.00,3.60");
    const owed = await exportPipelineReport({ actor: actors.admin, filters, report: "scorecards-owed", now: NOW });
    expect(owed.csv.split("\r\n").slice(0, 3)).toEqual([
      "Interviewer,Owed,Overdue",
      `${interviewers.ian.name},2,1`,
      `${interviewers.ivy.name},2,0`,
    ]);
  });

  it("exports only what the viewer may see, and nothing for those who may not", async () => {
    await expect(
      exportPipelineReport({ actor: actors.manager, filters: { ...FIRST_HALF, jobId: jobB.id }, report: "sources" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      exportPipelineReport({ actor: actors.interviewer, filters: FIRST_HALF, report: "funnel" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const mine = await exportPipelineReport({ actor: actors.manager, filters: FIRST_HALF, report: "funnel", now: NOW });
    expect(mine.csv.split("\r\n")[1]).toBe("Applied stages,9,77.8");
    expect(await testDb.auditEvent.count({ where: { actorId: actors.interviewer.userId } })).toBe(0);
  });
});
