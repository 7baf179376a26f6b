// Scenario: storage unreachable while a candidate applies, on the built app: the S3 driver with
// its S3 server (s3rver) stopped, and local storage on a full disk (a small tmpfs). The candidate
// gets a clear 503 that keeps the form's draft (the form clears its draft only on an ok answer:
// components/application-form/application-form.tsx), nothing is half-stored, and the same
// submission succeeds once storage is back.
import { execFile } from "node:child_process";
import { mkdir, readdir, rm, statfs, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { freePort } from "../../tests/support/private-postgres";
import { S3_TEST_CREDENTIALS } from "../../tests/support/s3-server";
import { startApp, type AppConfig } from "./app";
import { newSubmission, postApplication, RESUME_BYTES, type Answer, type Submission } from "./applicant";
import { check, query, type Check } from "./checks";
import type { Chaos, ScenarioResult } from "./context";

const run = promisify(execFile);
const BUCKET = "trellis-chaos-uploads";

type Outage = { checks: Check[]; figures: [string, string][]; skipped?: string };

export async function storageUnreachable(chaos: Chaos): Promise<ScenarioResult> {
  const s3 = await s3Stopped(chaos);
  const disk = await diskFull(chaos);
  return {
    title: "Storage unreachable",
    fault:
      "S3: the app on the S3 driver, its S3 server (s3rver) stopped mid-run and started again. Local disk: the storage folder on a 1 MB tmpfs filled to less than a resume's size, then freed",
    checks: [...s3.checks, ...disk.checks],
    figures: [...s3.figures, ...disk.figures],
    skipped: disk.skipped && `disk full: ${disk.skipped}`,
  };
}

async function s3Stopped(chaos: Chaos): Promise<Outage> {
  const port = await freePort();
  const directory = path.join(chaos.runDir, "s3");
  await mkdir(directory, { recursive: true });
  const server = () =>
    new S3rver({ address: "127.0.0.1", port, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  let s3 = server();
  await s3.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const storage = {
    STORAGE_DRIVER: "s3",
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: "1",
    AWS_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
  };
  const objects = async () => {
    const client = new S3Client({
      endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: S3_TEST_CREDENTIALS,
    });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    client.destroy();
    return (listed.Contents ?? []).map((object) => object.Key!).sort();
  };
  return withApp(chaos, storage, async (baseUrl) => {
    const before = newSubmission(chaos.context, "s3-up");
    const up = await postApplication(baseUrl, chaos.slug, before);
    await s3.close();
    const refused = newSubmission(chaos.context, "s3-down");
    const started = Date.now();
    const down = await postApplication(baseUrl, chaos.slug, refused);
    const answerMs = Date.now() - started;
    const unsaved = await nothingSaved(chaos, refused);
    s3 = server();
    await s3.run();
    const stored = await objects();
    const retried = await postApplication(baseUrl, chaos.slug, refused);
    const after = await objects();
    await s3.close();
    const keys = await storageKeysOf(chaos, [before, refused]);
    return {
      checks: [
        check("S3: the app stores an application while its S3 server runs", up.status === 201, `HTTP ${up.status}`),
        ...clearError("S3", down),
        unsaved,
        check(
          "S3: nothing half-stored in the bucket (only the files of stored applications)",
          JSON.stringify(stored) === JSON.stringify(keys.slice(0, 1)),
          `${stored.length} object(s) after the refused attempt, for ${keys.slice(0, 1).length} stored application(s)`,
        ),
        check(
          "S3: the same submission succeeds once the server is back",
          retried.status === 201 && JSON.stringify(after) === JSON.stringify([...keys].sort()),
          `HTTP ${retried.status}; ${after.length} objects for ${keys.length} applications`,
        ),
      ],
      figures: [["S3 down: time to the candidate's answer (the SDK's retries included)", `${answerMs} ms`]],
    };
  });
}

async function diskFull(chaos: Chaos): Promise<Outage> {
  const mount = path.join(chaos.runDir, "full-disk");
  await mkdir(mount, { recursive: true });
  try {
    await run("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mount]);
  } catch (error) {
    const reason = `could not mount a tmpfs (${String((error as Error).message).split("\n")[0]}); run as root to include it`;
    return { checks: [], figures: [], skipped: reason };
  }
  try {
    // Less room than one resume: the write fails part-way with ENOSPC.
    const filler = path.join(mount, "filler");
    const { bavail, bsize } = await statfs(mount);
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - RESUME_BYTES / 3)));
    return await withApp(chaos, { STORAGE_DRIVER: "local", STORAGE_DIR: mount }, async (baseUrl) => {
      const refused = newSubmission(chaos.context, "disk-full");
      const down = await postApplication(baseUrl, chaos.slug, refused);
      const unsaved = await nothingSaved(chaos, refused);
      const left = (await readdir(mount, { recursive: true })).filter(
        (name) => name !== "filler" && name !== "documents",
      );
      await rm(filler);
      const retried = await postApplication(baseUrl, chaos.slug, refused);
      const [key] = await storageKeysOf(chaos, [refused]);
      const files = (await readdir(mount, { recursive: true })).filter((name) => name.startsWith("documents/"));
      return {
        checks: [
          ...clearError("disk full", down),
          unsaved,
          check(
            "disk full: no partial file left in storage",
            left.length === 0,
            left.length === 0 ? "only the filler file" : `left: ${left.join(", ")}`,
          ),
          check(
            "disk full: the same submission succeeds once there is room",
            retried.status === 201 && files.length === 1 && files[0] === key,
            `HTTP ${retried.status}; ${files.length} document file(s)`,
          ),
        ],
        figures: [],
      };
    });
  } finally {
    await run("umount", [mount]).catch(() => undefined);
  }
}

/** A server of its own on the given storage, without the worker (it reads documents itself). */
async function withApp<T>(chaos: Chaos, storage: Record<string, string>, use: (baseUrl: string) => Promise<T>) {
  const config: AppConfig = {
    ...chaos.config,
    port: chaos.options.port + 2,
    storage,
    extra: { BACKGROUND_JOBS: "in-app" },
  };
  const app = await startApp(config);
  try {
    return await use(`http://127.0.0.1:${config.port}`);
  } finally {
    await app.kill("SIGTERM");
  }
}

function clearError(where: string, answer: Answer): Check[] {
  const message = answer.body.message ?? "";
  return [
    check(
      `${where}: the candidate gets a clear error (503, what happened, that nothing was saved, no internals)`,
      answer.status === 503 &&
        answer.body.code === "UNAVAILABLE" &&
        /could not store your resume/.test(message) &&
        /nothing was saved/.test(message) &&
        !/ENOSPC|ECONNREFUSED|127\.0\.0\.1|S3|bucket|tmpfs|\//i.test(message),
      `HTTP ${answer.status} ${answer.body.code ?? ""}: "${message}"`,
    ),
    check(
      `${where}: the answer keeps the draft (not ok, and says the answers are kept; the form clears its draft only on ok)`,
      answer.body.ok === false && /answers are kept/.test(message),
      `ok: ${String(answer.body.ok)}`,
    ),
  ];
}

async function nothingSaved(chaos: Chaos, submission: Submission): Promise<Check> {
  const [row] = await query<{ applications: number; candidates: number; emails: number }>(
    chaos.databaseUrl,
    `SELECT (SELECT count(*)::int FROM "Application" WHERE "submissionKey" = $1) AS applications,
            (SELECT count(*)::int FROM "Candidate" WHERE "emailNormalized" = $2) AS candidates,
            (SELECT count(*)::int FROM "EmailOutbox" WHERE "toAddress" = $2) AS emails`,
    [submission.submissionKey, submission.email],
  );
  return check(
    "nothing half-stored in the database (no application, candidate or email for the refused attempt)",
    row!.applications + row!.candidates + row!.emails === 0,
    JSON.stringify(row),
  );
}

async function storageKeysOf(chaos: Chaos, submissions: Submission[]): Promise<string[]> {
  const rows = await query<{ storageKey: string }>(
    chaos.databaseUrl,
    `SELECT f."storageKey" FROM "Application" a JOIN "StoredFile" f ON f.id = a."resumeFileId"
      WHERE a."submissionKey" = ANY($1) ORDER BY array_position($1, a."submissionKey")`,
    [submissions.map((submission) => submission.submissionKey)],
  );
  return rows.map((row) => row.storageKey);
}
