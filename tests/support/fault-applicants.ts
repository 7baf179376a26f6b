// Candidates applying through the real apply path while something breaks under them: each keeps
// retrying its own submission (same submission key) until it is acknowledged, as the careers
// form does when a request fails, so every application ends up acknowledged once.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { deliverPendingEmails } from "@/lib/email/outbox";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import type { SubmittedApplication } from "@/lib/submissions/submit-application";
import { validApplicationPayload } from "./application-payload";

export type Acknowledged = { submissionKey: string; email: string; submitted: SubmittedApplication };

export type ApplicantRun = { acknowledged: Acknowledged[]; failedAttempts: number; errors: string[] };

/** Polls `check` every `everyMs` until it returns true; false when `withinMs` passed first. */
export async function waitFor(check: () => Promise<boolean>, withinMs: number, everyMs = 50): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * `applicants` candidates at once, each sending `each` applications one after another; a failed
 * attempt is retried with the same payload for up to `retryForMs`. `onAcknowledged` sees every
 * acknowledgement as it happens (to break something in the middle).
 */
export async function runApplicants(options: {
  jobId: number;
  applicants: number;
  each: number;
  retryForMs?: number;
  onAcknowledged?: (count: number) => void;
}): Promise<ApplicantRun> {
  const { jobId, applicants, each, retryForMs = 60_000, onAcknowledged } = options;
  const run: ApplicantRun = { acknowledged: [], failedAttempts: 0, errors: [] };
  const applicant = async () => {
    for (let n = 0; n < each; n++) {
      const payload = validApplicationPayload(await retry(() => loadApplicationFormContext({ id: jobId })));
      const submitted = await retry(() => applyToJob({ job: { id: jobId }, payload, source: "CAREERS_SITE" }));
      run.acknowledged.push({ submissionKey: String(payload.submissionKey), email: String(payload.email), submitted });
      onAcknowledged?.(run.acknowledged.length);
    }
  };
  const retry = async <T>(attempt: () => Promise<T>): Promise<T> => {
    const deadline = Date.now() + retryForMs;
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        run.failedAttempts++;
        run.errors.push(
          String((error as Error).message)
            .trim()
            .split("\n")
            .at(-1)!
            .slice(0, 160),
        );
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  await Promise.all(Array.from({ length: applicants }, applicant));
  return run;
}

/** Runs the worker's outbox job until nothing is left to send (each pass sends what is pending). */
export async function drainOutbox(withinMs = 60_000): Promise<void> {
  const drained = await waitFor(async () => (await deliverPendingEmails()) === 0, withinMs, 100);
  if (!drained) throw new Error(`the outbox still had pending messages after ${withinMs} ms`);
}

/** Complete document files under the local storage folder (not the temporary `.partial` ones). */
export async function storedDocumentKeys(storageDir: string): Promise<string[]> {
  const names = await readdir(path.join(storageDir, "documents")).catch(() => [] as string[]);
  return names
    .filter((name) => !name.endsWith(".partial"))
    .map((name) => `documents/${name}`)
    .sort();
}
