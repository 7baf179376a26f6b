// Backup and restore as the README's "Backup and restore" section tells an operator (issue 16,
// Faults): pg_dump -Fc of a database holding an application with its resume, pg_restore into a
// fresh database, the storage folder copied; the app pointed at the copies serves both. It runs on
// a Postgres cluster of its own (decision 0037), whose client programs match its server.
import { createHash, randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApplicationDocument } from "@/lib/candidates/get-application-document";
import { getCandidateProfile } from "@/lib/candidates/get-candidate-profile";
import { createLocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { applyMigrations } from "@/scripts/db/schema-engine";
import { actorFor, createApplication, createStaffUser, ensureLegalForms } from "../factories";
import { createDbClient, dbPool } from "@/lib/db";
import { testDb } from "../support/db";
import { minimalPdf } from "../support/documents";
import { findPostgresBinaries, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";

const bin = findPostgresBinaries();
if (!bin) {
  console.warn(
    "SKIPPED fault-backup-restore: no PostgreSQL server binaries (pg_dump, pg_restore) under /usr/lib/postgresql/*/bin; set PG_BIN_DIR to run it",
  );
}

let cluster: PrivatePostgres;
let workDir: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  if (!bin) return;
  cluster = await startPrivatePostgres(bin);
  workDir = await mkdtemp(path.join(tmpdir(), "trellis-fault-backup-"));
});
afterAll(async () => {
  if (!bin) return;
  // Closed before the cluster stops, so no connection is cut under it.
  await testDb.$disconnect();
  await dbPool().end();
  await cluster?.stop();
  await rm(workDir, { recursive: true, force: true });
  process.env = savedEnv;
});

const databaseUrl = (name: string) => cluster.url.replace(/\/postgres$/, `/${name}`);

describe.skipIf(!bin)("backup and restore", () => {
  it("restores a pg_dump into a fresh database and, with the storage folder copied, serves the application and its resume", async () => {
    // What is running before the backup: a database with an application and its resume on disk.
    await cluster.client("createdb", ["trellis_live"]);
    await applyMigrations(databaseUrl("trellis_live"));
    const liveStorage = path.join(workDir, "live-uploads");
    const resume = minimalPdf(`Resume ${randomBytes(4).toString("hex")}`);
    const live = createDbClient(databaseUrl("trellis_live"), 2);
    const { applicationId, fileId, adminId } = await (async () => {
      await ensureLegalForms(live);
      const storageKey = "documents/restore-test-resume";
      await createLocalDiskStorage(liveStorage).put(storageKey, resume, "application/pdf");
      const file = await live.storedFile.create({
        data: {
          storageKey,
          fileName: "resume.pdf",
          contentType: "application/pdf",
          byteSize: resume.byteLength,
          sha256: createHash("sha256").update(resume).digest("hex"),
          purpose: "RESUME",
        },
      });
      const application = await createApplication(live, {
        candidate: { firstName: "Restored", lastName: "Candidate" },
        overrides: { resumeFileId: file.id },
      });
      const admin = await createStaffUser(live, { role: "ADMIN" });
      return { applicationId: application.id, fileId: file.id, adminId: admin.id };
    })().finally(() => live.$disconnect());

    // The backup, as the README says: a custom-format dump and a copy of the storage folder.
    const dumpFile = path.join(workDir, "trellis.dump");
    await cluster.client("pg_dump", ["-Fc", "--no-owner", "-f", dumpFile, "trellis_live"]);
    const restoredStorage = path.join(workDir, "restored-uploads");
    await cp(liveStorage, restoredStorage, { recursive: true });
    // Disaster: the live database and its files are gone.
    await cluster.client("dropdb", ["trellis_live"]);
    await rm(liveStorage, { recursive: true });

    // The restore into a fresh database; the app is pointed at the copies and reads them.
    await cluster.client("createdb", ["trellis_restored"]);
    await cluster.client("pg_restore", ["--no-owner", "--exit-on-error", "-d", "trellis_restored", dumpFile]);
    Object.assign(process.env, { DATABASE_URL: databaseUrl("trellis_restored"), STORAGE_DIR: restoredStorage });

    const admin = await testDb.user.findUniqueOrThrow({ where: { id: adminId } });
    const actor = actorFor({ ...admin, role: admin.role });
    const profile = await getCandidateProfile({ actor, applicationId });
    expect(JSON.stringify(profile)).toContain("Restored");
    const document = await getApplicationDocument({ actor, applicationId, fileId });
    expect(document).toMatchObject({ fileName: "resume.pdf", contentType: "application/pdf" });
    expect(new Uint8Array(await new Response(document.body).arrayBuffer())).toEqual(resume);
    // The migration history came along: the restored database is ready for the next release's migrations.
    expect(await applyMigrations(databaseUrl("trellis_restored"))).toEqual([]);
  });
});
