// Applying under load: multipart POSTs to the careers site's apply route, as the browser form
// sends them (a "payload" JSON part and a 300 KB PDF resume), each a different candidate with
// its own email, submission key and network address. Every acknowledged application must then
// be in the database.
import { randomUUID } from "node:crypto";
import type { ApplicationFormContext } from "../../lib/submissions/form-context";
import { validApplicationPayload } from "../../tests/support/application-payload";
import { runLoad, warmUp, type LoadResult } from "./load";
import { resumePdf } from "./resume-pdf";

export const APPLY_CONNECTIONS = 32;
export const RESUME_BYTES = 300 * 1024;

export type ApplyMeasure = {
  load: LoadResult;
  resumeBytes: number;
  acknowledged: number;
  stored: number;
  applicationsPerSecond: number;
  /** Confirmation emails the app had sent over SMTP when the load ended (sent after responding). */
  emailsSent: number;
  warmupFailures: number;
  /** The first refused answer, to say why requests failed. */
  firstFailure?: string;
};

type ApplyOptions = {
  baseUrl: string;
  slug: string;
  context: ApplicationFormContext;
  seconds: number;
  warmupSeconds: number;
  emailsReceived: () => number;
  /** How many of these submission keys are stored applications. */
  countStored: (submissionKeys: string[]) => Promise<number>;
};

export async function measureApply({
  baseUrl,
  slug,
  context,
  seconds,
  warmupSeconds,
  emailsReceived,
  countStored,
}: ApplyOptions): Promise<ApplyMeasure> {
  const resume = resumePdf(
    RESUME_BYTES,
    "Resume: systems engineer, C++ and Rust, eight years of runtime and networking work",
  );
  const boundary = `----trellis-bench-${randomUUID()}`;
  const acknowledged: string[] = [];
  let sent = 0;
  let measuring = false;
  let acknowledgedWhileMeasuring = 0;
  let firstFailure: string | undefined;

  const request = {
    method: "POST",
    path: `/api/jobs/${encodeURIComponent(slug)}/applications`,
    setupRequest: (raw: object, context_: Record<string, unknown>) => {
      sent += 1;
      const submissionKey = randomUUID();
      context_.submissionKey = submissionKey;
      const { resume: _file, ...payload } = validApplicationPayload(context, {
        submissionKey,
        email: `bench.applicant.${submissionKey}@example.com`,
      });
      return {
        ...raw,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          origin: baseUrl,
          // RFC 2544's benchmarking network: one address per simulated candidate.
          "x-forwarded-for": `198.${18 + ((sent >> 16) & 1)}.${(sent >> 8) & 255}.${sent & 255}`,
        },
        body: multipart(boundary, JSON.stringify(payload), resume),
      };
    },
    onResponse: (status: number, body: string, context_: Record<string, unknown>) => {
      if (status === 200 || status === 201) {
        acknowledged.push(String(context_.submissionKey));
        if (measuring) acknowledgedWhileMeasuring += 1;
      } else firstFailure ??= `${status} ${body.slice(0, 300)}`;
    },
  };
  const warmupFailures = await warmUp({ url: baseUrl, connections: 4, duration: warmupSeconds, requests: [request] });
  measuring = true;
  const load = await runLoad({ url: baseUrl, connections: APPLY_CONNECTIONS, duration: seconds, requests: [request] });
  measuring = false;
  const stored = await countStored(acknowledged);
  return {
    load,
    resumeBytes: resume.length,
    acknowledged: acknowledged.length,
    stored,
    warmupFailures,
    emailsSent: emailsReceived(),
    applicationsPerSecond: Math.round((acknowledgedWhileMeasuring / load.seconds) * 10) / 10,
    firstFailure,
  };
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
