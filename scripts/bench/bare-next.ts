// The framework's own floor: a bare Next.js app (the project's Next.js and React, nothing else:
// no proxy, no headers, no layout of ours) with one trivial prerendered page, generated into a
// temporary folder, built with the same bundler as the app and served by `next start` in the same
// run. The app's trivial page is held against it (framework overhead). Nothing is downloaded:
// the project's node_modules are hard-linked into the folder (Turbopack compiles only files
// inside the app's root, so a symlink out of it would not build).
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildApp, startPlainServer, type BenchServer } from "./server";
import { linkNodeModules } from "./worktree";

export const BARE_PAGE_PATH = "/";

export type BareNextApp = { folder: string; remove(): Promise<void> };

const FILES: Record<string, string> = {
  "package.json": `${JSON.stringify({ name: "trellis-bench-bare-next", private: true, type: "module" }, null, 2)}\n`,
  "next.config.mjs": "export default { poweredByHeader: false };\n",
  "app/layout.js": `export const metadata = { title: "Bare Next.js" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.js": `export const dynamic = "force-static";

export default function Page() {
  return (
    <main>
      <p>Benchmark baseline.</p>
    </main>
  );
}
`,
};

export async function buildBareNextApp(projectRoot: string, log: (line: string) => void): Promise<BareNextApp> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "trellis-bench-bare-next-"));
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
      await writeFile(path.join(folder, file), text);
    }
    await linkNodeModules(projectRoot, folder);
    await buildApp(folder, log, { label: "a bare Next.js app", quiet: true });
    return { folder, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

export function serveBareNextApp(app: BareNextApp, port: number, log: (line: string) => void): Promise<BenchServer> {
  return startPlainServer({ root: app.folder, port, readyPath: BARE_PAGE_PATH, label: "the bare Next.js app", log });
}
