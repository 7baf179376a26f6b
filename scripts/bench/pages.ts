// Public pages under load at 64 connections, side by side with the baseline (a trivial
// prerendered page of the same server), in alternating rounds so a noisy neighbour or a slow
// drift on a shared machine hits every target alike.
import { combine, runLoad, warmUp, type LoadResult } from "./load";

export type PageKey = "baseline" | "posting" | "careersHome" | "jobList";
export type PageTarget = { key: PageKey; label: string; path: string };

/** How Next.js served the page: from its prerendered cache, or rendered for this request. */
export type PageProbe = {
  status: number;
  bytes: number;
  nextCache: string | null;
  cacheControl: string | null;
  contentType: string | null;
};
export type PageMeasure = PageTarget & { probe: PageProbe; load: LoadResult; warmupFailures: number };

export const PAGE_CONNECTIONS = 64;
// As every browser asks: Next.js compresses each answer, and that work is part of a request's cost.
const BROWSER_HEADERS = { "accept-encoding": "gzip" };

export function pageTargets(data: { postingSlug: string; boardToken: string }): PageTarget[] {
  return [
    { key: "baseline", label: "Baseline: trivial prerendered page", path: "/bench-baseline" },
    { key: "posting", label: "Posting page", path: `/jobs/${data.postingSlug}` },
    { key: "careersHome", label: "Careers home", path: "/" },
    { key: "jobList", label: "Job Board API: job list", path: `/api/job-board/v1/boards/${data.boardToken}/jobs` },
  ];
}

export async function measurePages(
  baseUrl: string,
  targets: PageTarget[],
  options: { seconds: number; warmupSeconds: number; rounds: number },
  log: (line: string) => void,
): Promise<PageMeasure[]> {
  const probes = new Map<PageKey, PageProbe>();
  const warmupFailures = new Map<PageKey, number>();
  for (const target of targets) {
    // The first request renders an ISR page; the probe after it shows how it is served from then on.
    await fetch(baseUrl + target.path).then((response) => response.arrayBuffer());
    probes.set(target.key, await probe(baseUrl + target.path));
    warmupFailures.set(
      target.key,
      await warmUp({
        url: baseUrl + target.path,
        headers: BROWSER_HEADERS,
        connections: PAGE_CONNECTIONS,
        duration: options.warmupSeconds,
      }),
    );
  }
  const runs = new Map<PageKey, LoadResult[]>();
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const target of targets) {
      const result = await runLoad({
        url: baseUrl + target.path,
        headers: BROWSER_HEADERS,
        connections: PAGE_CONNECTIONS,
        duration: options.seconds,
      });
      log(
        `  ${target.label} (round ${round}): ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
      );
      runs.set(target.key, [...(runs.get(target.key) ?? []), result]);
    }
  }
  return targets.map((target) => ({
    ...target,
    probe: probes.get(target.key)!,
    load: combine(runs.get(target.key)!),
    warmupFailures: warmupFailures.get(target.key)!,
  }));
}

async function probe(url: string): Promise<PageProbe> {
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  return {
    status: response.status,
    bytes: body.byteLength,
    nextCache: response.headers.get("x-nextjs-cache") ?? response.headers.get("x-nextjs-prerender"),
    cacheControl: response.headers.get("cache-control"),
    contentType: response.headers.get("content-type"),
  };
}
