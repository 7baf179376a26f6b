// The baseline ref ("today's main"): checked out with `git worktree` into a temporary folder,
// given the project's node_modules when its package-lock.json is the same (hard links: nothing
// downloaded, and Turbopack builds only files inside the app's root, which a symlink would
// leave), else `npm ci` from the registry; its Prisma client generated, then built with its own
// `next build`. run.ts serves it on another port against a copy of the bench database and loads
// it alternately with the app.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildApp, run } from "./server";

export type BaselineCheckout = {
  ref: string;
  commit: string;
  /** The commit's first line, for the report. */
  subject: string;
  folder: string;
  /** How it got its dependencies. */
  dependencies: "the project's node_modules (same package-lock.json)" | "npm ci (package-lock.json differs)";
  remove(): Promise<void>;
};

/** The project's node_modules as hard links in `folder` (same file system; a few seconds). */
export async function linkNodeModules(projectRoot: string, folder: string): Promise<void> {
  await run("cp", ["-al", path.join(projectRoot, "node_modules"), path.join(folder, "node_modules")], {
    cwd: projectRoot,
    quiet: true,
  });
}

export async function prepareBaseline(
  projectRoot: string,
  ref: string,
  log: (line: string) => void,
): Promise<BaselineCheckout> {
  const git = (...args: string[]) => run("git", args, { cwd: projectRoot, quiet: true }).then((out) => out.trim());
  const commit = await git("rev-parse", "--verify", `${ref}^{commit}`).catch(() => {
    throw new Error(
      `The baseline ref ${ref} is not in this clone (a shallow clone?): fetch it, name another with --baseline-ref, or skip the comparison with --no-baseline.`,
    );
  });
  const subject = await git("log", "-1", "--format=%s", commit);
  const folder = await mkdtemp(path.join(os.tmpdir(), "trellis-bench-baseline-"));
  await git("worktree", "add", "--detach", folder, commit);
  log(`Checked out the baseline ${ref} (${commit.slice(0, 10)}) with git worktree`);
  const remove = async () => {
    await git("worktree", "remove", "--force", folder).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
    await git("worktree", "prune").catch(() => undefined);
  };
  try {
    const sameLock =
      (await readFile(path.join(projectRoot, "package-lock.json"), "utf8")) ===
      (await readFile(path.join(folder, "package-lock.json"), "utf8"));
    let dependencies: BaselineCheckout["dependencies"];
    if (sameLock) {
      await linkNodeModules(projectRoot, folder);
      // node_modules came without running the baseline's postinstall: its Prisma client is generated here.
      const bin = path.join(folder, "node_modules/.bin");
      await run(path.join(bin, "tsx"), ["scripts/db/generate.ts"], {
        cwd: folder,
        env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}` },
        quiet: true,
      });
      dependencies = "the project's node_modules (same package-lock.json)";
    } else {
      log("  its package-lock.json differs from the project's: npm ci (downloads its dependencies)");
      await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: folder, quiet: true });
      dependencies = "npm ci (package-lock.json differs)";
    }
    await buildApp(folder, log, { label: `the baseline ${ref}`, quiet: true });
    return { ref, commit, subject, folder, dependencies, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
