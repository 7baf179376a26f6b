// The app process killed (SIGKILL) in the middle of submissions (issue 16, Faults): a child
// process sends applications through the real apply path, four at a time, and is killed as soon as
// it reports the second one saved, with others between their file writes and their commits. No application is half-written, the orphan sweep leaves exactly the files
// rows refer to, and each candidate's retry with the same submission key gets one application.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stopQueue } from "@/lib/queue/client";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { ORPHAN_DOCUMENT_GRACE_MS, sweepOrphanDocuments } from "@/lib/submissions/sweep-orphan-documents";
import { createJob, ensureLegalForms } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { testDb } from "../support/db";
import { storedDocumentKeys } from "../support/fault-applicants";

const SUBMISSIONS = 12;
// Killed when this many are acknowledged: some applications committed, others in flight.
const KILL_AFTER_ACKNOWLEDGED = 2;

// A folder of this file's own, shared with the child: the sweep looks at every file in it.
const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-fault-kill-"));
process.env.STORAGE_DIR = storageDir;

afterAll(async () => {
  await stopQueue();
  await rm(storageDir, { recursive: true, force: true });
});

describe("the app process killed during submissions", () => {
  it("leaves no half-written application or lasting orphan file, and each retry succeeds once", async () => {
    await ensureLegalForms(testDb);
    const job = await createJob(testDb);
    const candidates = Array.from({ length: SUBMISSIONS }, (_, n) => {
      const unique = randomUUID().slice(0, 8);
      return { submissionKey: randomUUID(), email: `killed.${n}.${unique}@example.com`, lastName: `Killed-${unique}` };
    });

    const child = spawn(
      "npx",
      [
        "tsx",
        "--conditions=react-server",
        "tests/support/apply-in-child.ts",
        String(job.id),
        JSON.stringify(candidates),
      ],
      // Background jobs in-app: the child starts no queue whose connections would outlive it.
      { env: { ...process.env, BACKGROUND_JOBS: "in-app" }, stdio: ["ignore", "pipe", "inherit"], detached: true },
    );
    let output = "";
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      // npx runs tsx, which runs node: the whole process group goes, as on a host failure.
      if (output.split("acknowledged").length - 1 >= KILL_AFTER_ACKNOWLEDGED) process.kill(-child.pid!, "SIGKILL");
    });
    expect(await exited, `killed by the test (output: ${output})`).toBe("SIGKILL");
    expect(output, "killed before it finished").not.toContain("done");
    const acknowledged = output.match(/^acknowledged \S+$/gm)?.map((line) => line.split(" ")[1]) ?? [];
    console.log(`[fault] killed after ${acknowledged.length} of ${SUBMISSIONS} acknowledged`);

    // Every application stored is whole: candidate, answers, resume on disk, confirmation email.
    const context = await loadApplicationFormContext({ id: job.id });
    const stored = await testDb.application.findMany({
      where: { jobId: job.id },
      select: {
        submissionKey: true,
        candidate: { select: { emailNormalized: true } },
        resumeFile: { select: { storageKey: true } },
        _count: { select: { answers: true, outbox: true } },
      },
      orderBy: { submissionKey: "asc" },
    });
    const onDisk = await storedDocumentKeys(storageDir);
    for (const row of stored) {
      expect(candidates.map((c) => c.submissionKey)).toContain(row.submissionKey);
      expect(row.candidate.emailNormalized).toBe(candidates.find((c) => c.submissionKey === row.submissionKey)!.email);
      expect(onDisk).toContain(row.resumeFile!.storageKey);
      expect(row._count).toEqual({ answers: context.questions.length, outbox: 1 });
    }
    for (const key of acknowledged) expect(stored.map((row) => row.submissionKey)).toContain(key);

    // Each candidate retries with the same key: one application each, whether or not it was saved.
    for (const overrides of candidates) {
      const payload = validApplicationPayload(context, overrides);
      const first = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
      const again = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
      const wasStored = stored.some((row) => row.submissionKey === overrides.submissionKey);
      expect(first.replayed).toBe(wasStored);
      expect(again).toMatchObject({ applicationId: first.applicationId, replayed: true });
    }
    const rows = await testDb.application.findMany({
      where: { jobId: job.id },
      select: { submissionKey: true, resumeFile: { select: { storageKey: true } } },
      orderBy: { submissionKey: "asc" },
    });
    expect(rows.map((row) => row.submissionKey)).toEqual(candidates.map((c) => c.submissionKey).sort());

    // Files the kill left unreferenced go with the sweep past the grace period; nothing else does.
    const swept = await sweepOrphanDocuments(new Date(Date.now() + ORPHAN_DOCUMENT_GRACE_MS + 60_000));
    console.log(`[fault] the orphan sweep removed ${swept} file(s) the kill left behind`);
    expect(await storedDocumentKeys(storageDir)).toEqual(rows.map((row) => row.resumeFile!.storageKey).sort());
  });
});
