// The embedded Postgres `npm start` falls back to must carry the app's Prisma Client as is:
// plain queries, concurrent ones, interactive transactions, and data that survives a restart.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type Db } from "@/lib/db";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/db/schema-engine";

let tempDir: string;
let dataDir: string;
let server: EmbeddedPostgres;
let prisma: Db;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "trellis-embedded-test-"));
  dataDir = path.join(tempDir, "pglite");
  server = await startEmbeddedPostgres({ dataDir });
  await applyMigrations(server.url);
  prisma = createDbClient(server.url);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await server?.stop();
  await rm(tempDir, { recursive: true, force: true });
});

const organization = (name: string) => ({ name, websiteUrl: "https://example.test", boardToken: `board-${name}` });

describe("embedded Postgres", () => {
  it("serves Prisma Client reads and writes", async () => {
    const created = await prisma.organization.create({ data: organization("acme") });
    const read = await prisma.organization.findUniqueOrThrow({ where: { boardToken: "board-acme" } });
    expect(read).toMatchObject({ id: created.id, name: "acme", isDemo: false });
  });

  it("serves many concurrent queries over several connections", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `concurrent-${i}`);
    await Promise.all(names.map((name) => prisma.organization.create({ data: organization(name) })));
    const counts = await Promise.all(names.map((name) => prisma.organization.count({ where: { name } })));
    expect(counts).toEqual(names.map(() => 1));
  });

  it("commits an interactive transaction, and rolls one back when it throws", async () => {
    await prisma.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: organization("committed") });
      await tx.department.create({ data: { organizationId: org.id, name: "Engineering" } });
    });
    expect(await prisma.department.count({ where: { organization: { name: "committed" } } })).toBe(1);

    await expect(
      prisma.$transaction(async (tx) => {
        await tx.organization.create({ data: organization("rolled-back") });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await prisma.organization.count({ where: { name: "rolled-back" } })).toBe(0);
  });

  it("keeps queries from other connections out of an open transaction", async () => {
    const outside = prisma.organization.count({ where: { name: "isolated" } });
    await prisma.$transaction(async (tx) => {
      await tx.organization.create({ data: organization("isolated") });
    });
    // PGlite runs one session: the outside query waits for the transaction or runs before it.
    expect([0, 1]).toContain(await outside);
    expect(await prisma.organization.count({ where: { name: "isolated" } })).toBe(1);
  });

  it("refuses a second server on the same folder, and keeps the data across a restart", async () => {
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already in use/);

    await prisma.$disconnect();
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir });
    prisma = createDbClient(server.url);
    expect(await prisma.organization.count({ where: { name: "acme" } })).toBe(1);
  });
});
