// The baseline ref ("today's main"): checked out with `git worktree` into a temporary folder,
// given the project's node_modules when they hold every package its package-lock.json installs
// at the same version (hard links: nothing downloaded, and Turbopack builds only files inside the
// app's root, which a symlink would leave), else `npm ci` from the registry; its Prisma client generated, then built with its own
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
  dependencies:
    | "the project's node_modules (every package of its package-lock.json at the same version)"
    | "npm ci (package-lock.json differs)";
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
  };
  try {
    let dependencies: BaselineCheckout["dependencies"];
    if (await projectHasItsPackages(projectRoot, folder)) {
      await linkNodeModules(projectRoot, folder);
      // node_modules came without running the baseline's postinstall: its Prisma client is generated here.
      const bin = path.join(folder, "node_modules/.bin");
      await run(path.join(bin, "tsx"), ["scripts/db/generate.ts"], {
        cwd: folder,
        env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}` },
        quiet: true,
      });
      dependencies = "the project's node_modules (every package of its package-lock.json at the same version)";
    } else {
      log("  its package-lock.json names packages the project does not have: npm ci (downloads its dependencies)");
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

type PackageLock = { packages?: Record<string, { version?: string; integrity?: string; link?: boolean }> };

/**
 * Whether the project's node_modules serve the checkout as its own would: every package its
 * package-lock.json installs is in the project's lock at the same place, version and integrity
 * (the project may have more, which the checkout's code never imports).
 */
async function projectHasItsPackages(projectRoot: string, folder: string): Promise<boolean> {
  const read = async (root: string) =>
    JSON.parse(await readFile(path.join(root, "package-lock.json"), "utf8")) as PackageLock;
  const project = (await read(projectRoot)).packages ?? {};
  const checkout = (await read(folder)).packages ?? {};
  return Object.entries(checkout).every(
    ([place, entry]) =>
      place === "" ||
      (project[place]?.version === entry.version &&
        project[place]?.integrity === entry.integrity &&
        project[place]?.link === entry.link),
  );
}
