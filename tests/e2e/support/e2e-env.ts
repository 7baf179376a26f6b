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

export function serverInfoFile(): string {
  return SERVER_INFO_FILE;
}

export function readServerInfo(): E2eServerInfo {
  try {
    return JSON.parse(readFileSync(SERVER_INFO_FILE, "utf8")) as E2eServerInfo;
  } catch (error) {
    throw new Error(`The e2e server did not write ${SERVER_INFO_FILE}; run the tests with \`npm run test:e2e\` (${String(error)})`);
  }
}
