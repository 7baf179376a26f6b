// The job aggregators' XML feed (/feeds/indeed.xml) against the real database: which jobs it lists
// and in what order, hostile text, the source its links give an application, and a job edit
// reaching a feed that is cached.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getFeed } from "@/app/(careers)/feeds/indeed.xml/route";
import { getJobForEditing } from "@/lib/jobs/get-job-for-editing";
import { INDEED_FEED_PATH, jobApplyPath, jobPostingPath } from "@/lib/jobs/job-paths";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { TRACKING_PARAMS, trackingFromSearchParams, withTrackingParams } from "@/lib/submissions/tracking";
import {
  actorFor,
  createJob,
  createOffice,
  createOrganization,
  createStaffSession,
  createStaffUser,
  ensureLegalForms,
  findOrCreateDepartment,
  uniqueSuffix,
  type CreatedJob,
} from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { postCareersApplication, TEST_APP_ORIGIN } from "../support/careers-apply";
import { testDb } from "../support/db";
import { BAD_ESCAPES, CONTROL_ESCAPES, fuzzQuery } from "../support/public-route-fuzz";
import { handler, inProcessApp } from "./fuzz-public-routes/in-process-app";
import { nextRequest } from "../support/next-request";

// Next.js's data cache, kept by tag as on a server (tests/support/next-mocks.ts caches nothing):
// so a read after a change without revalidation shows the cached feed, and only revalidateTag
// from the job actions shows the change.
const dataCache = vi.hoisted(() => new Map<string, { value: unknown; tags: readonly string[] }>());
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: (tag: string) => {
    for (const [key, entry] of dataCache) if (entry.tags.includes(tag)) dataCache.delete(key);
  },
  unstable_cache:
    <A extends unknown[], R>(load: (...args: A) => Promise<R>, keyParts: string[], options: { tags?: string[] }) =>
    async (...args: A): Promise<R> => {
      const key = JSON.stringify([keyParts, args]);
      if (!dataCache.has(key)) dataCache.set(key, { value: await load(...args), tags: options.tags ?? [] });
      return dataCache.get(key)!.value as R;
    },
}));

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-feed-"));
const jobActions = await import("@/app/(hiring)/hiring/jobs/actions");
const proxyModule = await import("@/proxy");

const HOSTILE_TITLE = `Engineer ]]><script>alert(1)</script> & <b>more</b> ${uniqueSuffix()}`;

let organizationId: number;
let hostile: CreatedJob;
let older: CreatedJob;
const excluded: Record<string, CreatedJob> = {};

beforeAll(async () => {
  await ensureLegalForms(testDb);
  organizationId = (await createOrganization(testDb)).id;
  const departmentId = (await findOrCreateDepartment(testDb, organizationId, "Platform")).id;
  const office = await createOffice(testDb, organizationId, { locality: "Berlin", region: null, postalCode: "10115" });
  const refs = { organizationId, departmentId, officeIds: [office.id] };
  hostile = await createJob(testDb, {
    ...refs,
    title: HOSTILE_TITLE,
    employmentType: "CONTRACTOR",
    remotePolicy: "HYBRID",
    publishedDaysAgo: 1,
    sections: [
      { heading: "Why ]]> <script>x</script>", bodyMarkdown: "Text with `]]>` and <script>alert(2)</script>" },
    ],
  });
  older = await createJob(testDb, { ...refs, remotePolicy: "REMOTE", publishedDaysAgo: 3 });
  await testDb.job.update({
    where: { id: older.id },
    data: { salaryMin: 90000, salaryMax: 120000, salaryCurrency: "EUR", salaryUnit: "YEAR" },
  });
  excluded.draft = await createJob(testDb, { ...refs, status: "DRAFT" });
  excluded.closed = await createJob(testDb, { ...refs, status: "CLOSED", publishedDaysAgo: 30 });
  excluded.pastClosingDate = await createJob(testDb, refs);
  await testDb.job.update({
    where: { id: excluded.pastClosingDate.id },
    data: { validThrough: new Date(Date.now() - 60_000) },
  });
  excluded.scheduled = await createJob(testDb, refs);
  await testDb.job.update({
    where: { id: excluded.scheduled.id },
    data: { publishedAt: new Date(Date.now() + 86_400_000) },
  });
});

beforeEach(() => {
  dataCache.clear();
  nextRequest.cookie = "";
});

type FeedJob = Record<string, string>;
type Feed = { publisher?: string; publisherurl?: string; lastBuildDate: string; job?: FeedJob[] };

async function readFeed(): Promise<{ response: Response; xml: string; feed: Feed }> {
  const response = await getFeed();
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ parseTagValue: false, isArray: (name) => name === "job" }).parse(xml);
  return { response, xml, feed: parsed.source as Feed };
}

const feedJob = (feed: Feed, jobId: number) => feed.job?.find((job) => job.referencenumber === String(jobId));

describe("the feed", () => {
  it("is XML listing exactly the open jobs, newest first, and never drafts, closed, expired or scheduled ones", async () => {
    const { response, feed } = await readFeed();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("s-maxage=300");

    const now = new Date();
    const open = await testDb.job.findMany({
      where: {
        status: "PUBLISHED",
        publishedAt: { lte: now },
        OR: [{ validThrough: null }, { validThrough: { gt: now } }],
      },
      select: { id: true },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    });
    const listed = (feed.job ?? []).map((job) => Number(job.referencenumber));
    expect(listed).toEqual(open.map((job) => job.id));
    expect(listed.indexOf(hostile.id)).toBeLessThan(listed.indexOf(older.id));
    for (const job of Object.values(excluded)) expect(listed).not.toContain(job.id);

    const employer = await testDb.organization.findFirstOrThrow({
      orderBy: [{ isDemo: "asc" }, { id: "asc" }],
      select: { name: true, websiteUrl: true },
    });
    expect(feed).toMatchObject({ publisher: employer.name, publisherurl: employer.websiteUrl });
    expect(new Date(feed.lastBuildDate).toUTCString()).toBe(feed.lastBuildDate);
  });

  it("carries what the job states and leaves out what it does not (no salary without a pay range)", async () => {
    const { feed } = await readFeed();
    const organization = await testDb.organization.findUniqueOrThrow({ where: { id: organizationId } });
    expect(feedJob(feed, hostile.id)).toEqual({
      title: HOSTILE_TITLE,
      date: hostile.publishedAt!.toUTCString(),
      referencenumber: String(hostile.id),
      url: `${TEST_APP_ORIGIN}${jobPostingPath(hostile.slug)}?utm_source=indeed&utm_medium=job_feed`,
      company: organization.name,
      city: "Berlin",
      country: "US",
      postalcode: "10115",
      description: expect.any(String),
      jobtype: "contract",
      category: "Platform",
      remotetype: "Hybrid remote",
      language: "en",
    });
    expect(feedJob(feed, older.id)).toMatchObject({
      salary: "€90,000 – €120,000 per year",
      jobtype: "fulltime",
      remotetype: "Fully remote",
    });
  });

  it("keeps hostile titles and descriptions as text: a `]]>` or a script never becomes markup", async () => {
    const { xml, feed } = await readFeed();
    // Inside CDATA, markup is text: the parser reads the title back exactly, with no element in it.
    expect(xml).toContain("<title><![CDATA[Engineer ]]]]><![CDATA[><script>");
    const job = feedJob(feed, hostile.id)!;
    expect(job.title).toBe(HOSTILE_TITLE);
    // The posting's own HTML, as the page renders it: Markdown's raw HTML is dropped, text escaped,
    // and the `]]>` a code span keeps is split across two sections.
    expect(job.description).toBe(
      "<h2>Why ]]&gt; &lt;script&gt;x&lt;/script&gt;</h2>\n<p>Text with <code>]]></code> and alert(2)</p>",
    );
  });

  it("gives an application that comes through a job's link the feed as its source", async () => {
    const { feed } = await readFeed();
    // What the browser does: the posting page's apply link carries the link's tracking on, and
    // the apply page reads it back into the payload.
    const postingUrl = new URL(feedJob(feed, older.id)!.url!);
    const applyUrl = new URL(
      withTrackingParams(jobApplyPath(older.slug), postingUrl.search, TRACKING_PARAMS),
      TEST_APP_ORIGIN,
    );
    const tracking = trackingFromSearchParams(applyUrl.searchParams);
    const payload = validApplicationPayload(await loadApplicationFormContext({ id: older.id }), { tracking });
    const response = await postCareersApplication(older.slug, payload);
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    expect(
      await testDb.application.findUniqueOrThrow({
        where: { reference },
        select: { source: true, sourceDetail: true },
      }),
    ).toEqual({ source: "CAREERS_SITE", sourceDetail: { utm_source: "indeed", utm_medium: "job_feed" } });
  });
});

describe("query strings", () => {
  // Through proxy.ts as `next start` runs it: the feed reads no part of the query, and a query the
  // proxy refuses (a NUL) is a 400, never a 5xx.
  const serverErrors: string[] = [];
  const routes = [{ method: "GET", pattern: INDEED_FEED_PATH, invoke: handler(async () => getFeed) }] as const;
  const app = inProcessApp(proxyModule, routes, (target, error) => serverErrors.push(`${target}: ${String(error)}`));

  it("never give a 5xx, malformed or not", async () => {
    for (const escape of [...BAD_ESCAPES, ...CONTROL_ESCAPES]) {
      for (const query of [`?${escape}`, `?utm_source=${escape}`, `?${escape}=1&&=&a=%`]) {
        expect([200, 400], query).toContain(await app.send("GET", `${INDEED_FEED_PATH}${query}`));
      }
    }
    await fc.assert(
      fc.asyncProperty(fuzzQuery(["utm_source", "page"], {}), async (query) => {
        expect([200, 400], query).toContain(await app.send("GET", `${INDEED_FEED_PATH}${query}`));
      }),
      { seed: 20_261_206, numRuns: 200 },
    );
    expect(serverErrors).toEqual([]);
  });
});

describe("a job change", () => {
  let recruiter: Awaited<ReturnType<typeof createStaffUser>>;
  let session: string;
  beforeAll(async () => {
    recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
    session = (await createStaffSession(testDb, recruiter.id)).sessionToken;
  });

  it("reaches the cached feed when the edit action revalidates it, and not before", async () => {
    nextRequest.cookie = `authjs.session-token=${session}`;
    const before = (await readFeed()).feed;
    expect(feedJob(before, older.id)?.title).toBe(older.title);

    // A write that revalidates nothing: the cached feed is still served.
    await testDb.job.update({ where: { id: older.id }, data: { title: `Unannounced ${uniqueSuffix()}` } });
    expect(feedJob((await readFeed()).feed, older.id)?.title).toBe(older.title);

    const { values } = await getJobForEditing({ actor: actorFor(recruiter), jobId: older.id });
    const title = `Renamed Engineer ${uniqueSuffix()}`;
    expect(await jobActions.updateJobAction(older.id, { ...values, title })).toMatchObject({ ok: true });
    expect(feedJob((await readFeed()).feed, older.id)?.title).toBe(title);

    expect(await jobActions.closeJobAction(older.id)).toMatchObject({ ok: true });
    expect(feedJob((await readFeed()).feed, older.id)).toBeUndefined();
  });
});
