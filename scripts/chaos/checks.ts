// What the scenarios look at after a fault: the rows the app wrote (read straight from Postgres),
// the files in storage, and each check's outcome for the report.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type Check = { label: string; pass: boolean; detail: string };

export const check = (label: string, pass: boolean, detail: string): Check => ({ label, pass, detail });

/** One query on a connection of its own: a restart in between leaves no broken pooled client. */
export async function query<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type StoredApplication = {
  submissionKey: string;
  id: string;
  reference: string;
  email: string;
  answers: number;
  workAuthorization: number;
  resumeKey: string | null;
  resumeSha256: string | null;
  outbox: { id: string; status: string }[];
};

/** The applications stored under these submission keys (one row each, unless something doubled). */
export async function storedApplications(url: string, submissionKeys: readonly string[]): Promise<StoredApplication[]> {
  return query<StoredApplication>(
    url,
    `SELECT a."submissionKey", a.id, a.reference, a."emailNormalized" AS email,
            (SELECT count(*)::int FROM "ApplicationAnswer" x WHERE x."applicationId" = a.id) AS answers,
            (SELECT count(*)::int FROM "WorkAuthorizationAnswer" w WHERE w."applicationId" = a.id) AS "workAuthorization",
            f."storageKey" AS "resumeKey", f.sha256 AS "resumeSha256",
            COALESCE((SELECT json_agg(json_build_object('id', o.id, 'status', o.status) ORDER BY o.id)
                        FROM "EmailOutbox" o WHERE o."applicationId" = a.id), '[]') AS outbox
       FROM "Application" a LEFT JOIN "StoredFile" f ON f.id = a."resumeFileId"
      WHERE a."submissionKey" = ANY($1)
      ORDER BY a."submissionKey"`,
    [submissionKeys],
  );
}

/** Every stored file's key and checksum (what rows refer to). */
export async function storedFileRows(url: string): Promise<{ storageKey: string; sha256: string }[]> {
  return query(url, `SELECT "storageKey", sha256 FROM "StoredFile" ORDER BY "storageKey"`);
}

/** Document files in a local storage folder: complete ones, and temporary `.partial` ones. */
export async function documentFiles(storageDir: string): Promise<{ complete: string[]; partial: string[] }> {
  const names = await readdir(path.join(storageDir, "documents")).catch(() => [] as string[]);
  const keys = names.map((name) => `documents/${name}`).sort();
  return {
    complete: keys.filter((key) => !key.endsWith(".partial")),
    partial: keys.filter((key) => key.endsWith(".partial")),
  };
}

export async function sha256Of(file: string): Promise<string | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes && createHash("sha256").update(bytes).digest("hex");
}

/**
 * Checks common to every scenario that stored applications: each acknowledged submission is one
 * row, the row is whole (answers, work authorization, resume with its file, one confirmation).
 */
export async function applicationChecks(options: {
  databaseUrl: string;
  storageDir?: string;
  acknowledged: readonly { submissionKey: string; reference: string }[];
  questions: number;
}): Promise<{ checks: Check[]; rows: StoredApplication[] }> {
  const keys = options.acknowledged.map((entry) => entry.submissionKey);
  const rows = await storedApplications(options.databaseUrl, keys);
  const byKey = new Map(rows.map((row) => [row.submissionKey, row]));
  const missing = keys.filter((key) => !byKey.has(key));
  const wrongReference = options.acknowledged.filter(
    (entry) => byKey.get(entry.submissionKey)?.reference !== entry.reference,
  );
  const incomplete = rows.filter(
    (row) =>
      row.answers !== options.questions || row.workAuthorization !== 1 || !row.resumeKey || row.outbox.length !== 1,
  );
  const checks = [
    check(
      "every acknowledged application is stored exactly once",
      missing.length === 0 && rows.length === keys.length && new Set(keys).size === keys.length,
      `${keys.length} acknowledged, ${rows.length} rows for their submission keys, ${missing.length} missing`,
    ),
    check(
      "each candidate was told the reference of the stored row",
      wrongReference.length === 0,
      `${wrongReference.length} answers named another reference than the row's`,
    ),
    check(
      "no half-written application",
      incomplete.length === 0,
      `${incomplete.length} rows lack answers (${options.questions} expected), work authorization, a resume or their one confirmation email`,
    ),
  ];
  if (options.storageDir) {
    const missingFiles: string[] = [];
    for (const row of rows) {
      if ((await sha256Of(path.join(options.storageDir, row.resumeKey ?? "none"))) !== row.resumeSha256)
        missingFiles.push(row.resumeKey ?? row.id);
    }
    checks.push(
      check(
        "every stored application's resume is in storage, byte for byte",
        missingFiles.length === 0,
        `${rows.length - missingFiles.length} of ${rows.length} files match their row's SHA-256`,
      ),
    );
  }
  return { checks, rows };
}
