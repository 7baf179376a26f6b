// Debian's Chromium (no browser download works offline), shared by Playwright
// (playwright.config.ts) and the bench's Lighthouse runs (scripts/bench/lighthouse.ts).

/** CHROMIUM_PATH lets a laptop use its own browser. */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Without the networking flags Chromium keeps calling home on a closed network. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
