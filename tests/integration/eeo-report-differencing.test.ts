// Issue 12, finding 8: the EEO report must not be differenced down to one person. A recruiter who
// sees a new application arrive and reads the report before and after it, or asks for two
// periods that overlap, must learn nothing about that applicant's answers (decision 0026).
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import {
  createJob,
  createStaffSession,
  createStaffUser,
  ensureLegalForms,
  type CreatedJob,
  type StaffUser,
} from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { findProp, visitPage } from "../support/staff-page-visit";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-eeo-differencing-"));

const page = await import("@/app/(hiring)/hiring/reports/eeo/page");
const exportRoute = await import("@/app/(hiring)/hiring/reports/eeo/export/route");

type Answers = { gender: string; ethnicity: string; race: string; veteran: string; disability: string };
// Five people answer A and five answer B, so every category the newcomer picks already counts at
// least 5 and is shown exactly: only differencing can give the newcomer away.
const A: Answers = {
  gender: "FEMALE",
  ethnicity: "NO",
  race: "WHITE",
  veteran: "NOT_PROTECTED_VETERAN",
  disability: "NO",
};
const B: Answers = { gender: "MALE", ethnicity: "NO", race: "ASIAN", veteran: "PROTECTED_VETERAN", disability: "YES" };
const NEWCOMER: Answers = {
  gender: "FEMALE",
  ethnicity: "NO",
  race: "ASIAN",
  veteran: "PROTECTED_VETERAN",
  disability: "NO",
};

let job: CreatedJob;
let recruiter: StaffUser;

async function apply(answers: Answers) {
  const context = await loadApplicationFormContext({ id: job.id });
  await applyToJob({
    job: { id: job.id },
    payload: validApplicationPayload(context, { selfIdentification: answers }),
    source: "CAREERS_SITE",
  });
}

/** The report as the CSV route serves it, as { "Table|Category": shown count }. */
async function csvReport(query: string): Promise<Map<string, string>> {
  const response = await exportRoute.GET(new NextRequest(`http://localhost/hiring/reports/eeo/export${query}`));
  expect(response.status, query).toBe(200);
  const lines = (await response.text()).trim().split("\r\n").slice(1);
  return new Map(lines.map(csvFields).map(([table, category, count]) => [`${table}|${category}`, count!]));
}

/** The fields of one RFC 4180 record (labels such as a disability answer hold commas). */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, field]) =>
    field!.startsWith('"') ? field!.slice(1, -1).replace(/""/g, '"') : field!,
  );
}

/**
 * What subtracting two reports tells about one new respondent: in every table whose total rose by
 * exactly one, the category that rose by one is that person's answer.
 */
function revealed(before: Map<string, string>, after: Map<string, string>): string[] {
  const rise = (key: string) => Number(after.get(key)) - Number(before.get(key));
  const tables = new Set([...after.keys()].map((key) => key.split("|")[0]!));
  return [...tables]
    .filter((table) => rise(`${table}|Total respondents`) === 1)
    .flatMap((table) =>
      [...after.keys()].filter(
        (key) => key.startsWith(`${table}|`) && !key.endsWith("|Total respondents") && rise(key) === 1,
      ),
    );
}

const today = new Date();
const month = today.toISOString().slice(0, 7);
const quarter = `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
  nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, recruiter.id)).sessionToken}`;
  job = await createJob(testDb);
  for (let i = 0; i < 5; i += 1) {
    await apply(A);
    await apply(B);
  }
});

describe("differencing the EEO report", () => {
  it("learns nothing about a new applicant from the reports read before and after they applied", async () => {
    // Every way of asking for a report the page or its CSV link has ever taken.
    const queries = [
      "",
      `?jobId=${job.id}`,
      `?from=${month}`,
      `?jobId=${job.id}&from=${month}&to=${month}`,
      `?quarter=${quarter}`,
      `?jobId=${job.id}&quarter=${quarter}`,
    ];
    const before = await Promise.all(queries.map(csvReport));
    await apply(NEWCOMER);
    const after = await Promise.all(queries.map(csvReport));
    queries.forEach((query, index) =>
      expect(revealed(before[index]!, after[index]!), `report ${query || "(default)"}`).toEqual([]),
    );
  });

  it("offers whole calendar quarters that have ended, none overlapping, and never the one in progress", async () => {
    const outcome = await visitPage(page, {});
    expect(outcome.kind).toBe("rendered");
    const periods = findProp(outcome.kind === "rendered" ? outcome.element : null, "periods") as {
      key: string;
      start: string;
    }[];
    expect(periods.length).toBeGreaterThan(0);
    const keys = periods.map((period) => period.key);
    expect(keys.every((key) => /^\d{4}-Q[1-4]$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(quarter);
    expect(periods.every((period) => period.start < today.toISOString().slice(0, 10))).toBe(true);
  });
});

describe("overlapping periods", () => {
  // Ten answers in the first quarter of 2001 and one in April: with month ranges, January–April
  // minus January–March was that one person's answers.
  beforeAll(async () => {
    const row = (periodStart: string, answers: Answers) => ({
      periodStart: new Date(`${periodStart}T00:00:00Z`),
      gender: answers.gender,
      hispanicOrLatino: answers.ethnicity,
      race: answers.race,
      veteranStatus: answers.veteran,
      disabilityStatus: answers.disability,
    });
    await testDb.selfIdentificationResponse.createMany({
      data: [
        ...Array.from({ length: 5 }, () => row("2001-01-01", A)),
        ...Array.from({ length: 5 }, () => row("2001-01-01", B)),
        row("2001-04-01", NEWCOMER),
      ],
    });
  });

  it("ignores month ranges: both ranges get the same report", async () => {
    const withApril = await csvReport("?from=2001-01&to=2001-04");
    const withoutApril = await csvReport("?from=2001-01&to=2001-03");
    expect(revealed(withoutApril, withApril)).toEqual([]);
    expect(withApril).toEqual(withoutApril);
  });

  it("reports each quarter alone: the April answer shows only as <5, and the first quarter without it", async () => {
    const first = await csvReport("?quarter=2001-Q1");
    const second = await csvReport("?quarter=2001-Q2");
    expect(first.get("Gender|Total respondents")).toBe("10");
    expect(first.get("Race and ethnicity|Asian")).toBe("5");
    expect(new Set(second.values())).toEqual(new Set(["<5"]));
    // There is no per-job report to subtract from the whole: a job in the query changes nothing.
    expect(await csvReport(`?quarter=2001-Q1&jobId=${job.id}`)).toEqual(first);
  });
});
