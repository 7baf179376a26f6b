// Whether `npm start` must run `next build` first. Rule: build when .next/BUILD_ID is missing, or
// when any file that goes into the build (everything outside the folders below) changed after
// it. A `git pull`, an edit or `npm install` (which regenerates lib/generated) therefore
// rebuilds; restarting an unchanged checkout does not. TRELLIS_REBUILD=1 forces a build.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

// Not part of the Next.js build: tests, tooling, docs, data and build output.
const IGNORED_DIRS = new Set([
  "node_modules",
  ".next",
  ".data",
  ".git",
  ".ci",
  "tests",
  "scripts",
  "docs",
  "test-results",
  "playwright-report",
  "blob-report",
  "coverage",
  "bench-results",
]);
const IGNORED_FILE = /\.(test|spec)\.[cm]?[jt]sx?$|\.md$|^\.DS_Store$/;

/** The reason to build, or undefined when .next holds a build newer than every source file. */
export async function buildIsStale(root: string): Promise<string | undefined> {
  const built = await stat(path.join(root, ".next/BUILD_ID")).catch(() => undefined);
  if (!built) return "no build in .next yet";
  const changed = await findNewerFile(root, root, built.mtimeMs);
  return changed ? `${changed} changed since the last build` : undefined;
}

async function findNewerFile(root: string, dir: string, since: number): Promise<string | undefined> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (IGNORED_DIRS.has(entry.name) && dir === root) continue;
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const found = await findNewerFile(root, full, since);
      if (found) return found;
    } else if (entry.isFile() && !IGNORED_FILE.test(entry.name)) {
      if ((await stat(full)).mtimeMs > since) return path.relative(root, full);
    }
  }
  return undefined;
}
