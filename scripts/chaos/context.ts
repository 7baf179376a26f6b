// What every scenario is given: the run's Postgres, mail server, app and worker, and the job the
// candidates apply to; and what each scenario hands back for the report.
import type { ApplicationFormContext } from "../../lib/submissions/form-context";
import type { PrivatePostgres } from "../../tests/support/private-postgres";
import type { AppConfig, Process } from "./app";
import type { Check } from "./checks";
import type { MailSink } from "./mail";
import type { ChaosOptions } from "./options";

export { waitFor } from "../../tests/support/fault-applicants";

export type ScenarioResult = {
  title: string;
  fault: string;
  checks: Check[];
  figures: [string, string][];
  skipped?: string;
  /** Outbox rows whose delivery is checked at the end of the run (after the outbox's claim timeout). */
  emailsToCheckLater?: string[];
};

export type Chaos = {
  options: ChaosOptions;
  root: string;
  /** A temporary folder for this run (storage, dumps); removed at the end. */
  runDir: string;
  cluster: PrivatePostgres;
  databaseUrl: string;
  /** Where the main app stores documents (local disk). */
  storageDir: string;
  mail: MailSink;
  config: AppConfig;
  /** The main app server; replaced when a scenario kills it and starts it again. */
  app: Process;
  worker: Process;
  baseUrl: string;
  slug: string;
  context: ApplicationFormContext;
  log: (line: string) => void;
};

export function databaseUrlOf(cluster: PrivatePostgres, name: string): string {
  return cluster.url.replace(/\/postgres$/, `/${name}`);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
