// Scenario: backup and restore as the README's "Backup and restore" section tells an operator:
// pg_dump -Fc of the live database (the app and worker running), the storage folder copied, then
// pg_restore into a fresh database, the files put back, `npm run db:migrate`, and the built app
// started on the copies serves the restored data: applications and candidates through the staff
// API (with a token made before the backup) and a candidate's status link from an email.
import { cp, stat } from "node:fs/promises";
import path from "node:path";
import { startApp } from "./app";
import { check, query, sha256Of, storedFileRows, type Check } from "./checks";
import { databaseUrlOf, seconds, type Chaos, type ScenarioResult } from "./context";

const SAMPLE = 10;
const STATUS_LINK = /\/applications\/status\/[A-Za-z0-9_-]{20,}/;

export async function backupRestore(chaos: Chaos): Promise<ScenarioResult> {
  const { cluster, databaseUrl, runDir, log } = chaos;
  const token = await createReadToken();
  const sample = await query<{ id: string; reference: string; candidateId: string; email: string }>(
    databaseUrl,
    `SELECT a.id, a.reference, a."candidateId", c.email FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
      WHERE a."submissionKey" IS NOT NULL ORDER BY a."submittedAt" DESC, a.id LIMIT ${SAMPLE}`,
  );
  const statusLink = chaos.mail
    .received()
    .map((message) => ({
      path: STATUS_LINK.exec(message.text ?? "")?.[0],
      to: message.to && "text" in message.to ? message.to.text : "",
    }))
    .find((link) => link.path && sample.some((row) => row.email === link.to));
  // The backup: the database first, then the files.
  const dump = path.join(runDir, "trellis.dump");
  const backupStarted = Date.now();
  const liveCounts = (await query<Counts>(databaseUrl, COUNTS_SQL))[0]!;
  await cluster.client("pg_dump", ["-Fc", "--no-owner", "-f", dump, "trellis_chaos"]);
  const backupUploads = path.join(runDir, "backup-uploads");
  await cp(chaos.storageDir, backupUploads, { recursive: true, preserveTimestamps: true });
  const backupMs = Date.now() - backupStarted;

  // The restore into a fresh database, the files put back, the migrations applied.
  const restoreStarted = Date.now();
  await cluster.client("createdb", ["trellis_restored"]);
  await cluster.client("pg_restore", ["--no-owner", "--exit-on-error", "-d", "trellis_restored", dump]);
  const restoredUploads = path.join(runDir, "restored-uploads");
  await cp(backupUploads, restoredUploads, { recursive: true, preserveTimestamps: true });
  const restoredUrl = databaseUrlOf(cluster, "trellis_restored");
  const { applyMigrations } = await import("../db/schema-engine");
  const migrated = await applyMigrations(restoredUrl);
  const restoreMs = Date.now() - restoreStarted;
  log(`  restored in ${seconds(restoreMs)}; starting the app on the restored copies`);

  const config = {
    ...chaos.config,
    port: chaos.options.port + 1,
    databaseUrl: restoredUrl,
    storage: { STORAGE_DIR: restoredUploads },
    extra: { BACKGROUND_JOBS: "in-app" },
  };
  const restoredApp = await startApp(config);
  const baseUrl = `http://127.0.0.1:${config.port}`;
  const checks: Check[] = [];
  try {
    const restoredCounts = (await query<Counts>(restoredUrl, COUNTS_SQL))[0]!;
    checks.push(
      check(
        "the restored database holds what the live one held",
        JSON.stringify(restoredCounts) === JSON.stringify(liveCounts),
        `live ${JSON.stringify(liveCounts)}, restored ${JSON.stringify(restoredCounts)}`,
      ),
      check("the restored database needs no migration", migrated.length === 0, `${migrated.length} applied`),
    );
    const served = await Promise.all(
      sample.map(async (row) => {
        const application = await apiGet(baseUrl, token, `/api/v1/applications/${row.id}`);
        const candidate = await apiGet(baseUrl, token, `/api/v1/candidates/${row.candidateId}`);
        return application?.reference === row.reference && candidate?.email === row.email;
      }),
    );
    checks.push(
      check(
        "the app on the restored copy serves the applications and candidates (staff API, token made before the backup)",
        sample.length > 0 && served.every(Boolean),
        `${served.filter(Boolean).length} of ${sample.length} applications and their candidates as they were`,
      ),
    );
    const page = statusLink?.path ? await fetch(`${baseUrl}${statusLink.path}`) : undefined;
    const html = page ? await page.text() : "";
    const reference = sample.find((row) => row.email === statusLink?.to)?.reference ?? "(none)";
    checks.push(
      check(
        "a candidate's status link from a confirmation email opens their application on the restored app",
        page?.status === 200 && html.includes(reference),
        page
          ? `HTTP ${page.status}, ${html.includes(reference) ? "shows" : "does not show"} ${reference}`
          : "no status link found in the emails",
      ),
    );
    const files = await storedFileRows(restoredUrl);
    const intact = await Promise.all(
      files.map(async (row) => (await sha256Of(path.join(restoredUploads, row.storageKey))) === row.sha256),
    );
    checks.push(
      check(
        "every document a restored row names is in the restored storage, byte for byte",
        intact.every(Boolean),
        `${intact.filter(Boolean).length} of ${files.length} files match their SHA-256`,
      ),
    );
  } finally {
    await restoredApp.kill("SIGTERM");
  }
  return {
    title: "Backup and restore",
    fault:
      "`pg_dump -Fc --no-owner` of the live database and a copy of the storage folder while the app runs; `pg_restore --no-owner --exit-on-error` into a fresh database, the files copied back, migrations applied, the built app started on the copies",
    checks,
    figures: [
      ["backup (dump and file copy)", seconds(backupMs)],
      ["dump size", `${((await stat(dump)).size / 1024 / 1024).toFixed(1)} MB`],
      ["restore (createdb, pg_restore, files, migrations)", seconds(restoreMs)],
      ["applications restored", String(liveCounts.applications)],
    ],
  };

  async function createReadToken(): Promise<string> {
    const admin = (
      await query<{ id: string; email: string; name: string | null }>(
        databaseUrl,
        `SELECT id, email, name FROM "User" WHERE role = 'ADMIN' ORDER BY "createdAt", id LIMIT 1`,
      )
    )[0];
    if (!admin) throw new Error("the seeded database has no admin to make an API token with");
    const { createApiToken } = await import("../../lib/api-tokens/manage-api-tokens");
    const { secret } = await createApiToken({
      actor: { kind: "staff", userId: admin.id, role: "ADMIN", email: admin.email, name: admin.name },
      input: { name: "Chaos restore check", scopes: ["applications:read", "candidates:read"], expiresInDays: "30" },
    });
    return secret;
  }
}

type Counts = { applications: number; candidates: number; files: number; emails: number };
const COUNTS_SQL = `SELECT (SELECT count(*)::int FROM "Application") AS applications, (SELECT count(*)::int FROM "Candidate") AS candidates,
        (SELECT count(*)::int FROM "StoredFile") AS files, (SELECT count(*)::int FROM "EmailOutbox") AS emails`;

async function apiGet(baseUrl: string, token: string, pathname: string): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(`${baseUrl}${pathname}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) return undefined;
  // One application or candidate is the body itself (lists are the ones wrapped in `data`).
  return (await response.json()) as Record<string, unknown>;
}
