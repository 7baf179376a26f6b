// Trellis keeps no raw client address: the only code that reads one is client-address.ts, which
// hands it straight to the keyed hash (socket-address-hook.js only passes the peer on to it).
// This fails when anything else starts reading it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const READS_ADDRESS =
  /x-forwarded-for|x-real-ip|cf-connecting-ip|true-client-ip|remoteAddress|\brequest\.ip\b|\breq\.ip\b|socket\.remote/i;
const ALLOWED = new Set(["lib/rate-limit/client-address.ts", "lib/rate-limit/socket-address-hook.js"]);

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, directory), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = path.posix.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? Promise.resolve([]) : sourceFiles(relative);
      return Promise.resolve(
        /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [],
      );
    }),
  );
  return nested.flat();
}

describe("client addresses", () => {
  it("are read in one place only", async () => {
    const files = [
      ...(await sourceFiles("app")),
      ...(await sourceFiles("lib")),
      ...(await sourceFiles("components")),
      "proxy.ts",
      "instrumentation.ts",
    ];
    const readers = [];
    for (const file of files)
      if (READS_ADDRESS.test(await readFile(path.join(ROOT, file), "utf8").catch(() => ""))) readers.push(file);
    expect(readers).toEqual([...ALLOWED]);
  });
});
