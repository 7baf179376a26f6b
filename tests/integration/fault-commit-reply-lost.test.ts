// The connection lost after Postgres committed an application but before the app heard so
// (issue 16, Faults): the stored resume must stay, since the application it belongs to was saved,
// and the candidate's retry with the same submission key gets that application once.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dbPool } from "@/lib/db";
import { stopQueue } from "@/lib/queue/client";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createJob, ensureLegalForms } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { startCommitReplyCutter } from "../support/commit-reply-cutter";
import { testDb } from "../support/db";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-fault-commit-"));
const cutter = await startCommitReplyCutter(process.env.DATABASE_URL!);
// The app reads its environment and opens its pool on first use, which is after this.
process.env.DATABASE_URL = cutter.url;
process.env.STORAGE_DIR = storageDir;

afterAll(async () => {
  await stopQueue();
  await dbPool().end();
  await cutter.close();
  await rm(storageDir, { recursive: true, force: true });
});

describe("the reply to an application's COMMIT is lost", () => {
  it("keeps the committed application's resume, and a retry with the same key gets that application once", async () => {
    await ensureLegalForms(testDb);
    const job = await createJob(testDb);
    const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }));
    const apply = () => applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });

    const cut = cutter.cutNextCommitAfter('INSERT INTO "public"."Application"');
    const first = await apply().then(
      (submitted) => ({ submitted }),
      (error: unknown) => ({ error }),
    );
    await cut; // the relay did drop the COMMIT's reply: the test exercised the fault

    const rows = await testDb.application.findMany({
      where: { submissionKey: String(payload.submissionKey) },
      select: { id: true, resumeFile: { select: { storageKey: true } } },
      orderBy: { id: "asc" },
    });
    expect(rows, "Postgres committed the application").toHaveLength(1);
    const row = rows[0]!;
    // The app asked Postgres what became of it and answered with the saved application.
    expect(first).toEqual({ submitted: expect.objectContaining({ applicationId: row.id, replayed: true }) });
    const resumePath = path.join(storageDir, row.resumeFile!.storageKey);
    expect((await stat(resumePath)).isFile(), "the saved application's resume is still stored").toBe(true);

    const retried = await apply();
    expect(retried).toMatchObject({ applicationId: row.id, replayed: true });
    expect(await testDb.application.count({ where: { submissionKey: String(payload.submissionKey) } })).toBe(1);
    expect((await stat(resumePath)).isFile()).toBe(true);
  });
});
