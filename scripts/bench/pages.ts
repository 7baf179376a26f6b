// Public pages under load at 64 connections, side by side in alternating rounds (so a noisy
// neighbour or a slow drift on a shared machine hits every target alike): a bare Next.js app's
// trivial page, the app's own trivial prerendered page, the posting, the careers home and the
// Job Board API list, and the trivial page and posting of a second server of the same build
// without the heap limit (what the limit costs).
import { combine, runLoad, warmUp, type LoadResult } from "./load";
import { htmlAnatomy, type HtmlAnatomy } from "./static-copy";

export type PageKey =
  "bare" | "trivial" | "posting" | "careersHome" | "jobList" | "trivialNoHeapLimit" | "postingNoHeapLimit";
export type PageTarget = { key: PageKey; label: string; baseUrl: string; path: string };

/** How the page was served: from Next.js's prerendered cache or rendered for this request, and what it weighs. */
export type PageProbe = {
  status: number;
  bytes: number;
  nextCache: string | null;
  cacheControl: string | null;
  contentType: string | null;
  /** Response header lines and their bytes (what every request carries besides the page). */
  headerCount: number;
  headerBytes: number;
  headerNames: string[];
  /** For HTML pages: what the HTML carries. */
  html?: HtmlAnatomy;
};
export type PageMeasure = PageTarget & { probe: PageProbe; load: LoadResult; warmupFailures: number };

export const PAGE_CONNECTIONS = 64;
// As every browser asks: Next.js compresses each answer, and that work is part of a request's cost.
const BROWSER_HEADERS = { "accept-encoding": "gzip" };

export async function measurePages(
  targets: PageTarget[],
  options: { seconds: number; warmupSeconds: number; rounds: number },
  log: (line: string) => void,
): Promise<PageMeasure[]> {
  const probes = new Map<PageKey, PageProbe>();
  const warmupFailures = new Map<PageKey, number>();
  for (const target of targets) {
    // The first request renders an ISR page; the probe after it shows how it is served from then on.
    await fetch(target.baseUrl + target.path).then((response) => response.arrayBuffer());
    probes.set(target.key, await probePage(target.baseUrl + target.path));
    warmupFailures.set(
      target.key,
      await warmUp({
        url: target.baseUrl + target.path,
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
        url: target.baseUrl + target.path,
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

export async function probePage(url: string): Promise<PageProbe> {
  const response = await fetch(url, { headers: BROWSER_HEADERS });
  const body = await response.text();
  const headerLines = [...response.headers.entries()];
  const contentType = response.headers.get("content-type");
  return {
    status: response.status,
    // fetch() decompresses: this is the size before compression.
    bytes: Buffer.byteLength(body),
    nextCache: response.headers.get("x-nextjs-cache") ?? response.headers.get("x-nextjs-prerender"),
    cacheControl: response.headers.get("cache-control"),
    contentType,
    headerCount: headerLines.length,
    headerBytes: headerLines.reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0),
    headerNames: headerLines.map(([name]) => name).sort(),
    html: contentType?.includes("text/html") ? htmlAnatomy(body) : undefined,
  };
}
