// Load at a fixed arrival rate (open loop): request i is due at start + i / rate and is sent then
// whether or not earlier ones were answered (each on its own connection when needed), as
// independent candidates arrive. Its latency counts from when it was due, not from when it
// happened to leave, so a stall of the server (or of this process) shows in the percentiles
// instead of silently delaying the next requests (coordinated omission). autocannon is a closed
// loop (each connection waits for its answer), which measures throughput, not this.
import http from "node:http";
import { keepAliveAgent } from "./keep-alive-agent";
import { timingOf, type Timing } from "./timing";

export type OpenLoopRequest = { method: string; path: string; headers: Record<string, string>; body?: Buffer };
export type OpenLoopAnswer = { status: number; body: string };

export type OpenLoopResult = {
  ratePerSecond: number;
  seconds: number;
  sent: number;
  /** 2xx answers. */
  succeeded: number;
  /** Non-2xx answers, network errors and timeouts. */
  failed: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  /** From each request's due time to the end of its answer. */
  latency: Timing & { p90Ms: number };
  /** How late this process sent the latest request (its own lag; included in the latencies). */
  maxSendLagMs: number;
  firstFailure?: string;
};

export async function runOpenLoop(options: {
  baseUrl: string;
  ratePerSecond: number;
  seconds: number;
  timeoutMs?: number;
  request: (index: number) => OpenLoopRequest;
  onAnswer?: (index: number, answer: OpenLoopAnswer) => void;
}): Promise<OpenLoopResult> {
  const { ratePerSecond, seconds } = options;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const url = new URL(options.baseUrl);
  // Keep-alive, no cap on sockets: a request never waits for a free connection on this side.
  const agent = keepAliveAgent({ maxSockets: Infinity, timeoutMs });
  const total = Math.round(ratePerSecond * seconds);
  const intervalMs = 1000 / ratePerSecond;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let succeeded = 0;
  let failed = 0;
  let errors = 0;
  let timeouts = 0;
  let maxSendLagMs = 0;
  let firstFailure: string | undefined;
  const inFlight: Promise<void>[] = [];

  const send = (index: number, dueAt: number) =>
    new Promise<void>((resolve) => {
      const spec = options.request(index);
      let done = false;
      const finish = (outcome: { status?: number; body?: string; error?: string; timeout?: boolean }) => {
        if (done) return;
        done = true;
        latencies.push(performance.now() - dueAt);
        if (outcome.status !== undefined) statusCodes[outcome.status] = (statusCodes[outcome.status] ?? 0) + 1;
        if (outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300) succeeded += 1;
        else {
          failed += 1;
          if (outcome.timeout) timeouts += 1;
          else if (outcome.error) errors += 1;
          firstFailure ??= outcome.error ?? `${outcome.status} ${(outcome.body ?? "").slice(0, 300)}`;
        }
        if (outcome.status !== undefined)
          options.onAnswer?.(index, { status: outcome.status, body: outcome.body ?? "" });
        resolve();
      };
      const request = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: spec.method,
          path: spec.path,
          headers: { ...spec.headers, ...(spec.body ? { "content-length": String(spec.body.length) } : {}) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
          response.on("error", (error) => finish({ error: error.message }));
        },
      );
      request.setTimeout(timeoutMs, () => {
        request.destroy();
        finish({ timeout: true, error: `no answer within ${timeoutMs} ms` });
      });
      // A reused connection that fails names itself: the keep-alive race (keep-alive-agent.ts).
      request.on("error", (error) =>
        finish({ error: request.reusedSocket ? `${error.message} (on a reused connection)` : error.message }),
      );
      request.end(spec.body);
    });

  const start = performance.now() + 20;
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * intervalMs <= now) {
        const dueAt = start + next * intervalMs;
        maxSendLagMs = Math.max(maxSendLagMs, now - dueAt);
        inFlight.push(send(next, dueAt));
        next += 1;
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, start + next * intervalMs - performance.now()));
    };
    setTimeout(tick, 20);
  });
  await Promise.all(inFlight);
  agent.destroy();
  const timing = timingOf(latencies);
  const sorted = [...latencies].sort((a, b) => a - b);
  const p90 = sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)] ?? 0;
  return {
    ratePerSecond,
    seconds,
    sent: total,
    succeeded,
    failed,
    statusCodes,
    errors,
    timeouts,
    latency: { ...timing, p90Ms: Math.round(p90 * 10) / 10 },
    maxSendLagMs: Math.round(maxSendLagMs * 10) / 10,
    firstFailure,
  };
}
