import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, E2E_SMTP_PORT } from "./tests/e2e/support/e2e-env";
import { CHROMIUM_ARGS, chromiumExecutablePath } from "./tests/support/chromium";

const executablePath = chromiumExecutablePath();
const chromiumArgs = [...CHROMIUM_ARGS];

// scripts/test-all.ts sets this to count the tests; the list and HTML reports stay as they are.
const jsonReport = process.env.E2E_JSON_REPORT;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // Two cores and one server: one browser at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  // No retries anywhere: a flaky test must fail, not be hidden by a second run.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["html", { outputFolder: "playwright-report", open: "never" }],
    ...(jsonReport ? [["json", { outputFile: jsonReport }] as ["json", { outputFile: string }]] : []),
  ],
  // Starts after the web server (Playwright's order); the app sends mail only during tests.
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        viewport: { width: 1280, height: 900 },
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: "npx tsx tests/e2e/support/start-e2e-server.ts",
    url: `${E2E_BASE_URL}/`,
    // Never reuse: a server left running would point at another run's database.
    reuseExistingServer: false,
    // Migrating, seeding and (when .next has no build) building take a while on two cores.
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the script stop Next and remove the run's database; SIGKILL after 15 s.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: { E2E_PORT: String(E2E_PORT), E2E_SMTP_PORT: String(E2E_SMTP_PORT) },
  },
});
