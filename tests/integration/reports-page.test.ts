// The reports page and its CSV route for every role, as a request with only a session cookie
// reaches them; the page rendered to HTML (tables beside the charts, the GET form, the EEO link).
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createJob, ensureLegalForms, uniqueSuffix, type CreatedJob } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { createApplicationWithHistory, fixtureDay, setJobStatusHistory } from "../support/report-fixture";
import { visitPage } from "../support/staff-page-visit";
import { nextRequest } from "../support/next-request";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const page = await import("@/app/(hiring)/hiring/reports/page");
const exportRoute = await import("@/app/(hiring)/hiring/reports/export/route");

// 2006: a year no other test uses.
const d = (n: number) => fixtureDay(2006, n);
const PERIOD = { from: "2006-01-01", to: "2006-12-31" };
const ROLES = STAFF_ROLES;
const { users, sessions } = staffOfEveryRole();
let teamJob: CreatedJob;
let otherJob: CreatedJob;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  const suffix = uniqueSuffix();
  teamJob = await createJob(testDb, { title: `Reports page team job ${suffix}` });
  otherJob = await createJob(testDb, { title: `Reports page other job ${suffix}` });
  await testDb.hiringTeamMember.create({
    data: { jobId: teamJob.id, userId: users.HIRING_MANAGER.id, role: "HIRING_MANAGER" },
  });
  await setJobStatusHistory(teamJob.id, [{ on: d(0), from: "DRAFT", to: "PUBLISHED" }]);
  // Hired after 20 days, from a LinkedIn link; another application still in Applied, from a hostile link.
  await createApplicationWithHistory({
    job: teamJob,
    submittedAt: d(10),
    sourceDetail: { utm_source: "linkedin" },
    steps: [
      { on: d(20), to: 3 },
      { on: d(30), to: 6 },
    ],
  });
  await createApplicationWithHistory({ job: teamJob, submittedAt: d(12), sourceDetail: { utm_source: "@SUM(1+1)" } });
  await createApplicationWithHistory({
    job: otherJob,
    submittedAt: d(15),
    sourceDetail: { utm_source: "other-job-campaign" },
  });
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const signInAs = (role: StaffRole) => {
  nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
};
const htmlOf = async (searchParams: Record<string, string>) => {
  const outcome = await visitPage(page, searchParams);
  return outcome.kind === "rendered" ? renderToStaticMarkup(outcome.element as ReactElement) : outcome.kind;
};
const csvOf = (query: string) => exportRoute.GET(new NextRequest(`http://localhost/hiring/reports/export?${query}`));

describe("the reports page", () => {
  it("shows each report as a chart with an accessible name and a table with the same numbers", async () => {
    signInAs("RECRUITER");
    const html = await htmlOf({ jobId: String(teamJob.id), ...PERIOD });
    expect(html).toContain("Reports page team job");
    for (const title of [
      "Funnel",
      "Time in each stage",
      "Time to hire and time to fill",
      "Sources of applications and hires",
      "Rejection and withdrawal reasons",
      "Scorecards owed",
    ]) {
      expect(html).toContain(`>${title}</h2>`);
    }
    expect(html).toMatch(/role="img" aria-label="Bar chart of funnel: applications reaching it per stage\./);
    // Funnel rows: 2 applied, 1 reached the technical interviews (so the screens too) and was hired.
    const numeric = '<td class="[^"]*text-right tabular-nums[^"]*">';
    expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>Applied</th>${numeric}2</td>${numeric}50%</td>`));
    // Time to hire: 20 days; time to fill: 30 days from the opening.
    expect(html).toMatch(/Time to hire \(application to accepted offer\)<\/th><td[^>]*>1<\/td><td[^>]*>20\.0<\/td>/);
    expect(html).toMatch(/Time to fill \(job opening to accepted offer\)<\/th><td[^>]*>1<\/td><td[^>]*>30\.0<\/td>/);
    expect(html).toContain("@sum(1+1)");
    expect(html).not.toContain("other-job-campaign");
  });

  it("is a GET form (job, period, quick periods) that works without JavaScript, with CSV links", async () => {
    signInAs("COORDINATOR");
    const html = await htmlOf({ ...PERIOD });
    const form = html.match(/<form [^>]*aria-label="Choose the job and period"[^>]*>/)?.[0] ?? "";
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/hiring/reports"');
    expect(html).toMatch(/<select [^>]*name="jobId"/);
    expect(html).toContain('<option value="" selected="">All jobs</option>');
    const from = html.match(/<input [^>]*id="report-from"[^>]*>/)?.[0] ?? "";
    expect([from.includes('name="from"'), from.includes('type="date"'), from.includes('value="2006-01-01"')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(html).toContain("Last 30 days");
    expect(html).toContain(`href="/hiring/reports/export?report=funnel&amp;from=2006-01-01&amp;to=2006-12-31"`);
    // Coordinators do not read the EEO report, so it is not offered.
    expect(html).not.toContain('href="/hiring/reports/eeo"');
  });

  it("links to the EEO report for those who may read it", async () => {
    signInAs("ADMIN");
    expect(await htmlOf(PERIOD)).toContain('href="/hiring/reports/eeo"');
  });
});

describe("who may see the reports", () => {
  it.each(ROLES)("%s: the page and the CSV route agree with the role table", async (role) => {
    signInAs(role);
    const before = await testDb.auditEvent.count({ where: { actorId: users[role].id, action: "report.exported" } });
    const teamPage = await visitPage(page, { jobId: String(teamJob.id), ...PERIOD });
    const otherPage = await visitPage(page, { jobId: String(otherJob.id), ...PERIOD });
    const teamCsv = await csvOf(`report=sources&jobId=${teamJob.id}&from=${PERIOD.from}&to=${PERIOD.to}`);
    const otherCsv = await csvOf(`report=sources&jobId=${otherJob.id}&from=${PERIOD.from}&to=${PERIOD.to}`);
    const after = await testDb.auditEvent.count({ where: { actorId: users[role].id, action: "report.exported" } });

    if (role === "INTERVIEWER") {
      expect([teamPage.kind, otherPage.kind]).toEqual(["notFound", "notFound"]);
      expect([teamCsv.status, otherCsv.status]).toEqual([403, 403]);
      expect(await teamCsv.text()).not.toContain("linkedin");
      expect(after).toBe(before);
      return;
    }
    expect(teamPage.kind).toBe("rendered");
    expect(teamCsv.status).toBe(200);
    expect(teamCsv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(teamCsv.headers.get("content-disposition")).toMatch(
      /^attachment; filename="report-sources-job-\d+-2006-01-01-to-2006-12-31\.csv"/,
    );
    expect(teamCsv.headers.get("cache-control")).toBe("private, no-store");
    expect(await teamCsv.text()).toBe(
      ["Source,utm_source,Applications,Hires", "Careers site,linkedin,1,1", "Careers site,'@sum(1+1),1,0", ""].join(
        "\r\n",
      ),
    );
    if (role === "HIRING_MANAGER") {
      // Not their job: as if it did not exist.
      expect(otherPage.kind).toBe("notFound");
      expect(otherCsv.status).toBe(404);
      expect(after).toBe(before + 1);
    } else {
      expect(otherPage.kind).toBe("rendered");
      expect(await otherCsv.text()).toContain("other-job-campaign");
      expect(after).toBe(before + 2);
    }
  });

  it("refuses a signed-out request to the CSV route, and an unknown report", async () => {
    expect((await csvOf("report=funnel")).status).toBe(401);
    signInAs("ADMIN");
    expect((await csvOf("report=salaries")).status).toBe(422);
  });
});
