// Staff side at 100,000 applications, one request at a time (server time, no queueing): the
// pipeline board and a filtered table of the large job and searches, over HTTP with a signed-in
// recruiter's session cookie; the search query alone and a stage move in this process, through
// the domain functions, against the same database.
import http from "node:http";
import { SORT_FIELDS, type SortDirection, type SortField } from "../../lib/applications-table/view-schema";
import { keepAliveAgent } from "./keep-alive-agent";
import type { BenchData } from "./seed";
import { median, timingOf, type Timing } from "./timing";

export type HttpTiming = {
  firstByte: Timing;
  complete: Timing;
  path: string;
  /** Median first byte of each path, when several take turns (the search terms). */
  firstByteMedianByPath: Record<string, number>;
  /** First byte of each sort, when the paths take turns over the table's sorts. */
  firstByteBySort?: Record<string, Timing>;
};
export type StaffMeasure = {
  board: HttpTiming;
  table: HttpTiming;
  search: HttpTiming & { terms: string[] };
  /** The filtered table in every sort the table offers, each way, in turn. */
  tableSorted?: HttpTiming;
  /** Every search term in every sort, in turn. */
  searchSorted?: HttpTiming;
  /** queryApplications() alone, in process: what the database part of a search costs. */
  searchQuery: Timing;
  /** moveApplicationStage() in process (the board's drag and drop calls it through a server action). */
  move: Timing;
  /** The whole bench database after the load (the growth runs report it). */
  databaseMb?: number;
  failures: number;
  firstFailure?: string;
};

/** A common resume word, two words, a surname, an email fragment, a reference, no match. */
export const SEARCH_TERMS = [
  "kubernetes",
  "raft postgres",
  "hopper",
  "lovelace.12",
  "trl-0000-04d2",
  "latency kernel rust",
  "xylophonist",
];
const WARM_UP_REQUESTS = 5;

/** Every sort a recruiter can pick in the table (its column headers), each way. */
export const SORTS: { sort: SortField; dir: SortDirection }[] = SORT_FIELDS.flatMap((sort) =>
  (["desc", "asc"] as const).map((dir) => ({ sort, dir })),
);
const sortOf = (path: string) => {
  const params = new URLSearchParams(path.split("?")[1]);
  return `${params.get("sort") ?? "appliedAt"} ${params.get("dir") ?? "desc"}`;
};
const withSort = (path: string, { sort, dir }: (typeof SORTS)[number]) =>
  `${path}${path.includes("?") ? "&" : "?"}sort=${sort}&dir=${dir}`;

export async function measureStaff(baseUrl: string, data: BenchData, samples: number): Promise<StaffMeasure> {
  const agent = keepAliveAgent({ maxSockets: 1, timeoutMs: 30_000 });
  const headers = { cookie: `authjs.session-token=${data.sessionToken}`, "accept-encoding": "gzip" };
  let failures = 0;
  let firstFailure: string | undefined;
  const timePaths = async (paths: string[], count = samples): Promise<HttpTiming> => {
    const firstBytes: number[] = [];
    const completes: number[] = [];
    const byPath = new Map<string, number[]>();
    for (let index = -WARM_UP_REQUESTS; index < count; index += 1) {
      const path = paths[(index + WARM_UP_REQUESTS) % paths.length]!;
      const result = await timeRequest(baseUrl + path, headers, agent);
      if (result.status !== 200) {
        failures += 1;
        firstFailure ??= `${result.status} for ${path}${result.location ? ` (to ${result.location})` : ""}`;
      }
      if (index < 0) continue;
      firstBytes.push(result.firstByteMs);
      completes.push(result.completeMs);
      byPath.set(path, [...(byPath.get(path) ?? []), result.firstByteMs]);
    }
    const firstByteMedianByPath = Object.fromEntries(
      [...byPath].map(([path, times]) => [path, Math.round(median(times) * 10) / 10]),
    );
    const bySort = new Map<string, number[]>();
    for (const [path, times] of byPath) bySort.set(sortOf(path), [...(bySort.get(sortOf(path)) ?? []), ...times]);
    return {
      firstByte: timingOf(firstBytes),
      complete: timingOf(completes),
      path: paths[0]!,
      firstByteMedianByPath,
      firstByteBySort: Object.fromEntries([...bySort].map(([sort, times]) => [sort, timingOf(times)])),
    };
  };

  const [, screenStage] = data.largeJob.stageIds;
  const filtered = `/hiring/jobs/${data.largeJob.id}/applications?stage=${screenStage}&status=active`;
  const searches = SEARCH_TERMS.map((term) => `/hiring/applications?q=${encodeURIComponent(term)}`);
  const board = await timePaths([`/hiring/jobs/${data.largeJob.id}/board`]);
  const table = await timePaths([withSort(filtered, { sort: "lastActivity", dir: "desc" })]);
  const search = await timePaths(searches);
  // Twice the samples in turn over the eight sorts (and, for the search, over its terms in each).
  const tableSorted = await timePaths(
    SORTS.map((sort) => withSort(filtered, sort)),
    samples * 2,
  );
  const searchSorted = await timePaths(
    SORTS.flatMap((sort) => searches.map((path) => withSort(path, sort))),
    samples * 2,
  );
  agent.destroy();
  return {
    board,
    table,
    search: { ...search, terms: SEARCH_TERMS },
    tableSorted,
    searchSorted,
    searchQuery: await timeSearchQuery(data, samples),
    move: await timeStageMoves(data, samples),
    databaseMb: await databaseMb(),
    failures,
    firstFailure,
  };
}

async function timeSearchQuery(data: BenchData, samples: number): Promise<Timing> {
  const { queryApplications } = await import("../../lib/applications-table/query-applications");
  const { parseApplicationsView } = await import("../../lib/applications-table/view-schema");
  const times: number[] = [];
  for (let index = -WARM_UP_REQUESTS; index < samples; index += 1) {
    const view = parseApplicationsView({ q: SEARCH_TERMS[(index + WARM_UP_REQUESTS) % SEARCH_TERMS.length]! });
    const started = performance.now();
    await queryApplications({ actor: data.recruiter, view });
    if (index >= 0) times.push(performance.now() - started);
  }
  return timingOf(times);
}

async function databaseMb(): Promise<number> {
  const { db } = await import("../../lib/db");
  const [row] = await db.$queryRaw<{ mb: bigint }[]>`SELECT pg_database_size(current_database()) / 1048576 AS mb`;
  return Number(row!.mb);
}

/** Moves the newest applications of the large job's first stage to its second, one at a time. */
async function timeStageMoves(data: BenchData, samples: number): Promise<Timing> {
  const { db } = await import("../../lib/db");
  const { moveApplicationStage } = await import("../../lib/pipeline/move-application-stage");
  const [applied, screen] = data.largeJob.stageIds;
  const cards = await db.application.findMany({
    where: { jobId: data.largeJob.id, stageId: applied, status: "ACTIVE" },
    orderBy: { submittedAt: "desc" },
    take: samples + WARM_UP_REQUESTS,
    select: { id: true, version: true },
  });
  if (cards.length < samples + WARM_UP_REQUESTS)
    throw new Error(
      `The large job has only ${cards.length} active applications in its first stage: seed more (BENCH_APPLICATIONS).`,
    );
  const times: number[] = [];
  for (const [index, card] of cards.entries()) {
    const started = performance.now();
    const moved = await moveApplicationStage({
      actor: data.recruiter,
      applicationId: card.id,
      toStageId: screen!,
      expectedVersion: card.version,
    });
    if (!moved.moved) throw new Error(`Application ${card.id} did not move`);
    if (index >= WARM_UP_REQUESTS) times.push(performance.now() - started);
  }
  return timingOf(times);
}

type RequestTiming = { status: number; firstByteMs: number; completeMs: number; location?: string };

function timeRequest(url: string, headers: Record<string, string>, agent: http.Agent): Promise<RequestTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { headers, agent }, (response) => {
      const firstByteMs = performance.now() - started;
      response.on("data", () => undefined);
      response.once("error", reject);
      response.once("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          firstByteMs,
          completeMs: performance.now() - started,
          location: response.headers.location,
        }),
      );
    });
    request.once("error", reject);
  });
}
