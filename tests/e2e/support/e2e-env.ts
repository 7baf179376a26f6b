// Ports and files shared by playwright.config.ts, the e2e server script, the SMTP sink and the
// specs. Plain Node: no Playwright import, so the server script can use it too.
import { readFileSync } from "node:fs";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Playwright empties test-results at the start of every run, before the web server starts. */
export const RESULTS_DIR = path.resolve("test-results");
export const MAILBOX_DIR = path.join(RESULTS_DIR, "mailbox");
const SERVER_INFO_FILE = path.join(RESULTS_DIR, "e2e-server.json");

/** What the e2e server set up for this run, so tests can look at the database and the files. */
export type E2eServerInfo = {
  databaseUrl: string;
  storageDir: string;
  appUrl: string;
  embedded: boolean;
};

// Not a secret: the Job Board API key of this throwaway server (the API needs 16+ characters).
export const E2E_JOB_BOARD_API_KEY = "e2e-job-board-api-key-0123456789";
// Not a secret either: signs this throwaway server's Auth.js cookies (production requires one).
const E2E_AUTH_SECRET = "e2e-auth-secret-0123456789-abcdefghijklmnop";

/**
 * The environment of an e2e app instance: the run's database and files, the SMTP sink, the
 * same secrets. Every instance gets the same one (tests/e2e/scale-out.spec.ts starts a second),
 * as every instance behind a load balancer would; APP_URL is the address the browser uses.
 */
/** The careers apply limit of the e2e servers: above what the suite's browsers submit in a run. */
export const E2E_APPLY_LIMIT_PER_HOUR = 200;

export function e2eAppEnv(
  info: Pick<E2eServerInfo, "databaseUrl" | "storageDir" | "appUrl" | "embedded">,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: info.databaseUrl,
    APP_URL: info.appUrl,
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    STORAGE_DIR: info.storageDir,
    JOB_BOARD_API_KEY: E2E_JOB_BOARD_API_KEY,
    AUTH_SECRET: E2E_AUTH_SECRET,
    // Every browser test applies from 127.0.0.1: one count for the whole suite.
    RATE_LIMIT_APPLY_PER_HOUR: String(E2E_APPLY_LIMIT_PER_HOUR),
    // `next start` here runs without the socket-address hook of `npm start`, so the tests play
    // the one proxy in front: X-Forwarded-For names the client (scale-out.spec.ts picks its own),
    // and next start fills in the peer, 127.0.0.1, when a browser sends none.
    TRUST_PROXY: "1",
    // These tests run no worker, so the app does its after-response work itself: it sends the
    // emails it queued (which a worker would send, decision 0049) and reads uploaded documents'
    // text. The embedded Postgres serves one instance only (scripts/run-app.ts says the same).
    BACKGROUND_JOBS: "in-app",
    ...(info.embedded ? { REVALIDATION_SYNC: "0" } : {}),
  };
}

export function serverInfoFile(): string {
  return SERVER_INFO_FILE;
}

export function readServerInfo(): E2eServerInfo {
  try {
    return JSON.parse(readFileSync(SERVER_INFO_FILE, "utf8")) as E2eServerInfo;
  } catch (error) {
    throw new Error(
      `The e2e server did not write ${SERVER_INFO_FILE}; run the tests with \`npm run test:e2e\` (${String(error)})`,
    );
  }
}
