// Load with autocannon, in this process on one thread (on two cores the load tool competes with
// the server for CPU; a second thread would only take more from it). autocannon exits happily
// on errors and non-2xx answers: every run's counts are kept and checked by the caller.
import autocannon, { type Options, type Result } from "autocannon";

export type LoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

export async function runLoad(options: Options & { connections: number; duration: number }): Promise<LoadResult> {
  const result = await autocannon({ timeout: 30, ...options });
  return summarize(result, options.connections);
}

/** Brings caches, the JIT and the connection pool to their steady state; only its failures count. */
export async function warmUp(options: Options & { connections: number; duration: number }): Promise<number> {
  return failedRequests(await runLoad(options));
}

export function summarize(result: Result, connections: number): LoadResult {
  return {
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count])),
  };
}

/** Several runs of one target as one: requests/s and percentiles averaged, failures added up. */
export function combine(runs: LoadResult[]): LoadResult {
  const mean = (pick: (run: LoadResult) => number, digits = 1) =>
    round(runs.reduce((sum, run) => sum + pick(run), 0) / runs.length, digits);
  const statusCodes: Record<string, number> = {};
  for (const run of runs)
    for (const [code, count] of Object.entries(run.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  return {
    connections: runs[0]!.connections,
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    requestsPerSecond: mean((run) => run.requestsPerSecond),
    p50Ms: mean((run) => run.p50Ms),
    p90Ms: mean((run) => run.p90Ms),
    p99Ms: mean((run) => run.p99Ms),
    maxMs: Math.max(...runs.map((run) => run.maxMs)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    timeouts: runs.reduce((sum, run) => sum + run.timeouts, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    statusCodes,
  };
}

export function failedRequests(result: Pick<LoadResult, "errors" | "timeouts" | "non2xx">): number {
  return result.errors + result.timeouts + result.non2xx;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
