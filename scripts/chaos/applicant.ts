// Candidates applying over HTTP to the built app, as the careers form posts (multipart: a
// "payload" JSON part and a PDF resume), each from an address of its own. A candidate whose
// request fails or gets no answer sends the same submission (same submission key) again, as the
// form does, until the app acknowledges it.
import { randomUUID } from "node:crypto";
import type { ApplicationFormContext } from "../../lib/submissions/form-context";
import { validApplicationPayload } from "../../tests/support/application-payload";
import { resumePdf } from "../bench/resume-pdf";

export const RESUME_BYTES = 48 * 1024;
const resume = resumePdf(RESUME_BYTES, "Resume: site reliability engineer, Postgres failover and incident review");

export type Submission = { submissionKey: string; email: string; body: () => FormData };

export type Answer = { status: number; body: { ok?: boolean; reference?: string; code?: string; message?: string } };

export type Acknowledged = {
  submission: Submission;
  submissionKey: string;
  email: string;
  reference: string;
  /** 201: stored by this request; 200: an earlier attempt had stored it (a replay). */
  status: number;
  attempts: number;
  /** Duration of the acknowledged request. */
  latencyMs: number;
};

export type Attempt = { at: number; ms: number; outcome: string };

export function newSubmission(context: ApplicationFormContext, tag: string): Submission {
  const submissionKey = randomUUID();
  const email = `chaos.${tag}.${submissionKey.slice(0, 8)}@example.com`;
  const { resume: _file, ...payload } = validApplicationPayload(context, { submissionKey, email });
  return {
    submissionKey,
    email,
    body: () => {
      const form = new FormData();
      form.set("payload", JSON.stringify(payload));
      form.set("resume", new Blob([new Uint8Array(resume)], { type: "application/pdf" }), "resume.pdf");
      return form;
    },
  };
}

let address = 0;

/** One request; throws when no HTTP answer came back (refused, reset, timed out). */
export async function postApplication(baseUrl: string, slug: string, submission: Submission): Promise<Answer> {
  address += 1;
  const response = await fetch(`${baseUrl}/api/jobs/${encodeURIComponent(slug)}/applications`, {
    method: "POST",
    body: submission.body(),
    headers: {
      origin: baseUrl,
      // RFC 2544's benchmarking network: one address per request.
      "x-forwarded-for": `198.18.${(address >> 8) & 255}.${address & 255}`,
    },
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json().catch(() => ({}))) as Answer["body"];
  return { status: response.status, body };
}

export type ApplyRun = { acknowledged: Acknowledged[]; attempts: Attempt[]; gaveUp: string[] };

/**
 * `lanes` candidates at once send `total` applications between them; each retries its current
 * submission every `retryEveryMs` for up to `retryForMs`. `onAcknowledged` sees the list grow.
 */
export async function applyUnderFault(options: {
  baseUrl: () => string;
  slug: string;
  context: ApplicationFormContext;
  tag: string;
  lanes: number;
  total: number;
  retryEveryMs?: number;
  retryForMs?: number;
  onAcknowledged?: (acknowledged: readonly Acknowledged[]) => void;
}): Promise<ApplyRun> {
  const { lanes, total, retryEveryMs = 200, retryForMs = 180_000 } = options;
  const run: ApplyRun = { acknowledged: [], attempts: [], gaveUp: [] };
  let next = 0;
  const lane = async () => {
    while (next < total) {
      next += 1;
      const submission = newSubmission(options.context, options.tag);
      const acknowledged = await submitUntilAcknowledged(options.baseUrl, options.slug, submission, run.attempts, {
        retryEveryMs,
        retryForMs,
      });
      if (!acknowledged) {
        run.gaveUp.push(submission.submissionKey);
        continue;
      }
      run.acknowledged.push(acknowledged);
      options.onAcknowledged?.(run.acknowledged);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return run;
}

export async function submitUntilAcknowledged(
  baseUrl: () => string,
  slug: string,
  submission: Submission,
  attempts: Attempt[],
  { retryEveryMs = 200, retryForMs = 180_000 } = {},
): Promise<Acknowledged | undefined> {
  const deadline = Date.now() + retryForMs;
  for (let count = 1; ; count++) {
    const started = Date.now();
    let outcome: string;
    try {
      const answer = await postApplication(baseUrl(), slug, submission);
      const ms = Date.now() - started;
      if ((answer.status === 201 || answer.status === 200) && answer.body.reference) {
        attempts.push({ at: started, ms, outcome: String(answer.status) });
        return {
          submission,
          submissionKey: submission.submissionKey,
          email: submission.email,
          reference: answer.body.reference,
          status: answer.status,
          attempts: count,
          latencyMs: ms,
        };
      }
      outcome = `${answer.status} ${answer.body.code ?? ""}`.trim();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      outcome = `no answer (${cause ?? (error as Error).name})`;
    }
    attempts.push({ at: started, ms: Date.now() - started, outcome });
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, retryEveryMs));
  }
}

/** Each distinct outcome of the failed attempts with its count, e.g. "503 UNAVAILABLE × 3". */
export function failedOutcomes(attempts: readonly Attempt[]): string {
  const counts = new Map<string, number>();
  for (const { outcome } of attempts)
    if (outcome !== "200" && outcome !== "201") counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].map(([outcome, n]) => `${outcome} × ${n}`).join(", ") || "none";
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
