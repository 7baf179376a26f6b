// Applying: multipart POSTs to the careers site's apply route, as the browser form sends them (a
// "payload" JSON part and a 300 KB PDF resume), each a different candidate with its own email,
// submission key and network address. Two measures:
// - latency at a fixed arrival rate (open loop, open-loop.ts): 20 applications/s for 60 s;
// - cost at saturation (closed loop, autocannon): applications/s and CPU per application (app,
//   worker and Postgres backends, from /proc), for several servers in alternating rounds (the
//   app, the baseline ref, the app without its heap limit).
// Every acknowledged application must then be in its server's database.
import { randomUUID } from "node:crypto";
import type { ApplicationFormContext } from "../../lib/submissions/form-context";
import { validApplicationPayload } from "../../tests/support/application-payload";
import { startCpuMeter, type CpuParts } from "./cpu";
import { combine, failedRequests, round, runLoad, type LoadResult } from "./load";
import { runOpenLoop, type OpenLoopRequest, type OpenLoopResult } from "./open-loop";
import { resumePdf } from "./resume-pdf";

export const SATURATION_CONNECTIONS = 16;
export const RESUME_BYTES = 300 * 1024;

/** One server to apply to. */
export type ApplyTarget = {
  key: string;
  label: string;
  baseUrl: string;
  serverPid: number;
  workerPid?: number;
  databaseUrl: string;
  /** How many of these submission keys are stored applications in its database. */
  countStored: (submissionKeys: string[]) => Promise<number>;
};

export type OpenLoopMeasure = OpenLoopResult & {
  resumeBytes: number;
  acknowledged: number;
  stored: number;
  warmupFailures: number;
};

export type SaturationMeasure = {
  key: string;
  label: string;
  connections: number;
  /** Mean over the rounds of acknowledged applications per second. */
  applicationsPerSecond: number;
  perRound: number[];
  load: LoadResult;
  /** CPU milliseconds per acknowledged application, by part, over all rounds. */
  cpuMsPerApplication: (CpuParts & { total: number }) | null;
  acknowledged: number;
  stored: number;
  warmupFailures: number;
  firstFailure?: string;
};

let candidates = 0;

/** The request of one new candidate: a fresh submission key, email and network address. */
function applicationRequest(
  target: ApplyTarget,
  slug: string,
  context: ApplicationFormContext,
  resume: Buffer,
): OpenLoopRequest & { submissionKey: string } {
  candidates += 1;
  const submissionKey = randomUUID();
  const { resume: _file, ...payload } = validApplicationPayload(context, {
    submissionKey,
    email: `bench.applicant.${submissionKey}@example.com`,
  });
  const boundary = `----trellis-bench-${submissionKey}`;
  return {
    method: "POST",
    path: `/api/jobs/${encodeURIComponent(slug)}/applications`,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      origin: target.baseUrl,
      // RFC 2544's benchmarking network (198.18.0.0/15): one address per simulated candidate.
      "x-forwarded-for": `198.${18 + ((candidates >> 16) & 1)}.${(candidates >> 8) & 255}.${candidates & 255}`,
    },
    body: multipart(boundary, JSON.stringify(payload), resume),
    submissionKey,
  };
}

export function benchResume(): Buffer {
  return resumePdf(RESUME_BYTES, "Resume: systems engineer, C++ and Rust, eight years of runtime and networking work");
}

const acknowledgedStatus = (status: number) => status === 200 || status === 201;

/** A closed-loop load of applications against one target; counts what it acknowledged. */
async function closedLoop(
  target: ApplyTarget,
  slug: string,
  context: ApplicationFormContext,
  resume: Buffer,
  options: { connections: number; seconds: number },
): Promise<{ load: LoadResult; acknowledged: string[]; firstFailure?: string }> {
  const acknowledged: string[] = [];
  let firstFailure: string | undefined;
  const spec = {
    method: "POST",
    setupRequest: (raw: object, requestContext: Record<string, unknown>) => {
      const { submissionKey, ...request } = applicationRequest(target, slug, context, resume);
      requestContext.submissionKey = submissionKey;
      return { ...raw, ...request };
    },
    onResponse: (status: number, body: string, requestContext: Record<string, unknown>) => {
      if (acknowledgedStatus(status)) acknowledged.push(String(requestContext.submissionKey));
      else firstFailure ??= `${status} ${body.slice(0, 300)}`;
    },
  };
  const load = await runLoad({
    url: target.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [spec],
  });
  return { load, acknowledged, firstFailure };
}

export async function measureOpenLoop(
  target: ApplyTarget,
  slug: string,
  context: ApplicationFormContext,
  options: { ratePerSecond: number; seconds: number; warmupSeconds: number },
): Promise<OpenLoopMeasure> {
  const resume = benchResume();
  const warm = await closedLoop(target, slug, context, resume, {
    connections: 4,
    seconds: options.warmupSeconds,
  });
  const keys = new Map<number, string>();
  const acknowledged: string[] = [];
  const result = await runOpenLoop({
    baseUrl: target.baseUrl,
    ratePerSecond: options.ratePerSecond,
    seconds: options.seconds,
    request: (index) => {
      const { submissionKey, ...request } = applicationRequest(target, slug, context, resume);
      keys.set(index, submissionKey);
      return request;
    },
    onAnswer: (index, answer) => {
      if (acknowledgedStatus(answer.status)) acknowledged.push(keys.get(index)!);
    },
  });
  return {
    ...result,
    resumeBytes: resume.length,
    acknowledged: acknowledged.length,
    stored: await target.countStored(acknowledged),
    warmupFailures: failedRequests(warm.load),
    firstFailure: result.firstFailure ?? warm.firstFailure,
  };
}

/**
 * Applications per second at saturation and CPU per application, for each target in turn, in
 * `rounds` alternating rounds (so a drift of this shared machine hits every target alike).
 */
export async function measureSaturation(
  targets: ApplyTarget[],
  slug: string,
  contextFor: (target: ApplyTarget) => ApplicationFormContext,
  options: { seconds: number; warmupSeconds: number; rounds: number },
  log: (line: string) => void,
): Promise<SaturationMeasure[]> {
  const resume = benchResume();
  type Tally = {
    loads: LoadResult[];
    perRound: number[];
    acknowledged: string[];
    /** Acknowledged in the measured rounds (not the warm-up). */
    measured: number;
    cpu: CpuParts | null;
    warmupFailures: number;
    firstFailure?: string;
  };
  const tallies = new Map<string, Tally>();
  for (const target of targets) {
    const warm = await closedLoop(target, slug, contextFor(target), resume, {
      connections: 4,
      seconds: options.warmupSeconds,
    });
    tallies.set(target.key, {
      loads: [],
      perRound: [],
      acknowledged: [...warm.acknowledged],
      measured: 0,
      cpu: { app: 0, worker: 0, database: 0 },
      warmupFailures: failedRequests(warm.load),
      firstFailure: warm.firstFailure,
    });
  }
  for (let roundIndex = 1; roundIndex <= options.rounds; roundIndex += 1) {
    for (const target of targets) {
      const tally = tallies.get(target.key)!;
      const meter = await startCpuMeter(target);
      const run = await closedLoop(target, slug, contextFor(target), resume, {
        connections: SATURATION_CONNECTIONS,
        seconds: options.seconds,
      });
      const cpu = await meter.stop();
      tally.loads.push(run.load);
      const perSecond = round(run.acknowledged.length / run.load.seconds, 1);
      tally.perRound.push(perSecond);
      tally.acknowledged.push(...run.acknowledged);
      tally.firstFailure ??= run.firstFailure;
      tally.cpu =
        cpu && tally.cpu
          ? {
              app: tally.cpu.app + cpu.app,
              worker: tally.cpu.worker + cpu.worker,
              database: tally.cpu.database + cpu.database,
            }
          : null;
      tally.measured += run.acknowledged.length;
      log(
        `  ${target.label} (round ${roundIndex}): ${perSecond} applications/s` +
          (cpu && run.acknowledged.length > 0
            ? `, CPU ${Math.round(((cpu.app + cpu.worker + cpu.database) * 1000) / run.acknowledged.length)} ms each`
            : ""),
      );
    }
  }
  const results: SaturationMeasure[] = [];
  for (const target of targets) {
    const tally = tallies.get(target.key)!;
    const perApplication = (seconds: number) => round((seconds * 1000) / tally.measured, 1);
    results.push({
      key: target.key,
      label: target.label,
      connections: SATURATION_CONNECTIONS,
      applicationsPerSecond: round(tally.perRound.reduce((sum, value) => sum + value, 0) / tally.perRound.length, 1),
      perRound: tally.perRound,
      load: combine(tally.loads),
      // None acknowledged: there is no cost per application to speak of.
      cpuMsPerApplication:
        tally.cpu && tally.measured > 0
          ? {
              app: perApplication(tally.cpu.app),
              worker: perApplication(tally.cpu.worker),
              database: perApplication(tally.cpu.database),
              total: perApplication(tally.cpu.app + tally.cpu.worker + tally.cpu.database),
            }
          : null,
      acknowledged: tally.acknowledged.length,
      stored: await target.countStored(tally.acknowledged),
      warmupFailures: tally.warmupFailures,
      firstFailure: tally.firstFailure,
    });
  }
  return results;
}

function multipart(boundary: string, payload: string, resume: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${payload}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="resume"; filename="resume.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    resume,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}
