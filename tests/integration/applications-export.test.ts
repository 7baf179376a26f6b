// The applications table's CSV export through its route: the table's own filters and sort, only
// what the viewer may see (rows and columns), formulas kept as text, and every export audited.
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queryApplications } from "@/lib/applications-table/query-applications";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import type { Actor } from "@/lib/auth/actor";
import { createApplication, createStaffSession, uniqueSuffix, type CreatedApplication } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { createTwoTeamsFixture } from "../support/pipeline";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const exportRoute = await import("@/app/(hiring)/hiring/applications/export/route");

const HEADER = ["Name", "Email", "Job", "Stage", "Status", "Source", "Tags", "Submitted", "Last activity"];
let people: Awaited<ReturnType<typeof createTwoTeamsFixture>>["people"];
const fixture = {
  jobId: 0,
  otherJobId: 0,
  jobTitle: "",
  surname: "",
  applications: [] as CreatedApplication[],
  rejected: null as unknown as CreatedApplication,
  other: null as unknown as CreatedApplication,
};

beforeAll(async () => {
  const teams = await createTwoTeamsFixture();
  const { job, otherJob } = teams;
  people = teams.people;
  fixture.jobId = job.id;
  fixture.otherJobId = otherJob.id;
  fixture.jobTitle = job.title;
  fixture.surname = `Export${uniqueSuffix()}`;
  const candidates = [
    {
      firstName: '=HYPERLINK("http://evil.example","Click")',
      lastName: fixture.surname,
      email: `formula.${uniqueSuffix()}@example.com`,
    },
    { firstName: "Ada", lastName: fixture.surname, preferredName: 'Countess, "Ada"' },
    { firstName: "Zoë", lastName: fixture.surname },
  ];
  for (const [index, candidate] of candidates.entries()) {
    fixture.applications.push(
      await createApplication(testDb, {
        jobId: job.id,
        candidate,
        source: index === 2 ? "REFERRAL" : "CAREERS_SITE",
        stageName: index === 2 ? "Recruiter screen" : undefined,
        submittedAt: new Date(Date.UTC(2026, 0, 10 + index, 9, 30)),
        workAuthorization: true,
        exportControl: true,
        accommodation: true,
      }),
    );
  }
  fixture.rejected = await createApplication(testDb, {
    jobId: job.id,
    candidate: { lastName: fixture.surname, firstName: "Rejected" },
    status: "REJECTED",
  });
  fixture.other = await createApplication(testDb, {
    jobId: otherJob.id,
    candidate: { firstName: "Elsewhere", lastName: fixture.surname },
  });
  const tag = await testDb.tag.create({ data: { name: `-1+${uniqueSuffix()}` } });
  const second = await testDb.tag.create({ data: { name: `@strong ${uniqueSuffix()}` } });
  await testDb.applicationTag.createMany({
    data: [tag, second].map((entry) => ({ applicationId: fixture.applications[0]!.id, tagId: entry.id })),
  });
});

beforeEach(() => {
  nextRequest.cookie = "";
});

async function signIn(actor: Actor) {
  nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, actor.userId)).sessionToken}`;
}

const get = (query: string) => exportRoute.GET(new NextRequest(`http://localhost/hiring/applications/export?${query}`));
// Response.text() drops a byte-order mark; the file must start with one.
const textOf = async (response: Response) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

/** RFC 4180 records (quoted fields with doubled quotes, CRLF), after the byte-order mark. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.slice(1);
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index]!;
    const next = body[index + 1];
    if (quoted && character === '"' && next === '"') {
      field += '"';
      index += 1;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === ",") {
      record.push(field);
      field = "";
    } else if (!quoted && character === "\r" && next === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index += 1;
    } else {
      field += character;
    }
  }
  expect(field).toBe("");
  return records;
}

describe("applications CSV export", () => {
  it("exports the view's rows in the table's order, with the visible columns only and formulas kept as text", async () => {
    await signIn(people.recruiter);
    const query = `jobId=${fixture.jobId}&q=${fixture.surname}&status=active&sort=name&dir=asc&page=2&pageSize=25`;
    const response = await get(query);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="applications-job-${fixture.jobId}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await textOf(response);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(HEADER);

    const [formula, ada, zoe] = fixture.applications as [CreatedApplication, CreatedApplication, CreatedApplication];
    // Every page of the view (the URL's page 2 is ignored), in the table's own order.
    const table = await queryApplications({
      actor: people.recruiter,
      view: { ...parseApplicationsView(new URLSearchParams(query)), page: 1, pageSize: 100 },
    });
    expect(rows.map((row) => row[1])).toEqual(table.rows.map((row) => row.candidate.email));
    expect(rows).toHaveLength(3);

    const byEmail = new Map(rows.map((row) => [row[1], row]));
    expect(byEmail.get(formula.candidate.email)).toEqual([
      `'=HYPERLINK("http://evil.example","Click") ${fixture.surname}`,
      formula.candidate.email,
      fixture.jobTitle,
      "Applied",
      "Active",
      "Careers site",
      expect.stringMatching(/^'-1\+\d*.*; @strong /),
      "2026-01-10T09:30:00.000Z",
      "2026-01-10T09:30:00.000Z",
    ]);
    expect(byEmail.get(ada.candidate.email)?.[0]).toBe(`Countess, "Ada" ${fixture.surname}`);
    expect(byEmail.get(zoe.candidate.email)?.slice(0, 6)).toEqual([
      `Zoë ${fixture.surname}`,
      zoe.candidate.email,
      fixture.jobTitle,
      "Recruiter screen",
      "Active",
      "Referral",
    ]);
    // The raw text: the formula is quoted as text, and nothing sensitive is in the file at all.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"") ${fixture.surname}"`);
    expect(text).not.toContain(formula.accommodationRequest!.details);
    expect(text).not.toMatch(
      /authoriz|sponsor|export control|accommodation|self-identification|gender|veteran|disability/i,
    );

    const audit = await testDb.auditEvent.findFirst({
      where: { action: "applications.exported", actorId: people.recruiter.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(audit).toMatchObject({ subjectType: "job", subjectId: String(fixture.jobId) });
    expect(audit?.metadata).toMatchObject({
      rows: 3,
      format: "csv",
      view: `jobId=${fixture.jobId}&status=active&q=${fixture.surname}&sort=name&dir=asc`,
    });
  });

  it("follows the stage filter across jobs by name, like the table", async () => {
    await signIn(people.recruiter);
    const rows = parseCsv(await textOf(await get(`q=${fixture.surname}&stageName=Recruiter+screen`))).slice(1);
    expect(rows.map((row) => row[1])).toEqual([fixture.applications[2]!.candidate.email]);
  });

  it("gives a hiring manager their jobs' applications only, and refuses another job", async () => {
    await signIn(people.manager);
    const mine = parseCsv(await textOf(await get(`q=${fixture.surname}`))).slice(1);
    expect(mine.map((row) => row[1]).sort()).toEqual(
      [...fixture.applications, fixture.rejected].map((application) => application.candidate.email).sort(),
    );
    expect(mine.find((row) => row[1] === fixture.rejected.candidate.email)?.[4]).toBe("Rejected");

    await signIn(people.otherManager);
    const refused = await get(`jobId=${fixture.jobId}`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(fixture.surname);
    const theirs = parseCsv(await textOf(await get(`q=${fixture.surname}`))).slice(1);
    expect(theirs.map((row) => row[1])).toEqual([fixture.other.candidate.email]);
  });

  it("gives an interviewer nothing but the header, and refuses anyone signed out", async () => {
    await signIn(people.interviewer);
    expect(parseCsv(await textOf(await get(`q=${fixture.surname}`)))).toEqual([HEADER]);
    expect((await get(`jobId=${fixture.jobId}`)).status).toBe(404);

    nextRequest.cookie = "";
    const anonymous = await get(`jobId=${fixture.jobId}`);
    expect(anonymous.status).toBe(401);
  });
});
