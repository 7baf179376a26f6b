// Storage unreachable while a candidate applies (issue 16, Faults): local disk whose folder cannot
// be written (a file stands where the folder should be) and an S3 bucket whose server is down.
// The candidate gets a clear message from the careers route and nothing is half-stored.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createJob, ensureLegalForms, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { testDb } from "../support/db";
import { freePort } from "../support/private-postgres";
import { S3_TEST_CREDENTIALS } from "../support/s3-server";

const workDir = await mkdtemp(path.join(tmpdir(), "trellis-fault-storage-"));
const savedEnv = { ...process.env };
let job: CreatedJob;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb);
});
afterAll(async () => {
  process.env = savedEnv;
  vi.resetModules();
  await rm(workDir, { recursive: true, force: true });
});

const drivers: [string, () => Promise<Record<string, string>>][] = [
  [
    "local disk that cannot be written",
    async () => {
      const blocked = path.join(workDir, "uploads");
      await writeFile(blocked, "a file where the uploads folder should be");
      return { STORAGE_DRIVER: "local", STORAGE_DIR: blocked };
    },
  ],
  [
    "S3 server that is down",
    async () => ({
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "trellis-fault-uploads",
      S3_REGION: "us-east-1",
      // Nothing listens there: every request is refused, after the SDK's own retries.
      S3_ENDPOINT: `http://127.0.0.1:${await freePort()}`,
      S3_FORCE_PATH_STYLE: "1",
      AWS_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    }),
  ],
];

describe("storage unreachable while applying", () => {
  it.each(drivers)("%s: a clear error, no application, no stored file", async (_name, configure) => {
    process.env = { ...savedEnv, ...(await configure()) };
    // The app reads its environment and picks its storage driver once per process: start afresh.
    vi.resetModules();
    const { postCareersApplication } = await import("../support/careers-apply");

    const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }));
    const filesBefore = await testDb.storedFile.count();
    const response = await postCareersApplication(job.slug, payload);
    const body = (await response.json()) as { ok: boolean; code: string; message: string };

    expect(response.status).toBe(503);
    expect(body).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect(body.message).toMatch(/could not store your resume just now, so nothing was saved/);
    expect(body.message).toMatch(/answers are kept/);
    expect(body.message).not.toMatch(/ENOTDIR|EEXIST|ECONNREFUSED|127\.0\.0\.1|uploads|S3|bucket/i);

    const email = String(payload.email).toLowerCase();
    expect(await testDb.application.count({ where: { emailNormalized: email } })).toBe(0);
    expect(await testDb.candidate.count({ where: { emailNormalized: email } })).toBe(0);
    expect(await testDb.storedFile.count()).toBe(filesBefore);
    expect(await testDb.emailOutbox.count({ where: { toAddress: String(payload.email) } })).toBe(0);
    // No partial write was left anywhere, and the blocking file is still what it was.
    expect((await readdir(workDir, { recursive: true })).sort()).toEqual(["uploads"]);
  });
});
