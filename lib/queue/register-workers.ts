import "server-only";
import type PgBoss from "pg-boss";
import { remindUntouchedRequests } from "@/lib/accommodations/remind-untouched-requests";
import { queueUnreadDocuments } from "@/lib/submissions/queue-document-text";
import { readDocumentText } from "@/lib/submissions/read-document-text";
import { sweepOrphanDocuments } from "@/lib/submissions/sweep-orphan-documents";
import { runRetention } from "@/lib/privacy/run-retention";
import { deliverOutboxMessage, deliverPendingEmails } from "@/lib/email/outbox";
import { remindOverdueScorecards } from "@/lib/scorecards/remind-overdue-scorecards";
import { db } from "@/lib/db";
import { cleanExpiredRateLimits } from "@/lib/rate-limit/clean-expired-rate-limits";
import { mixSelfIdentification } from "@/lib/self-identification/mix-self-identification";
import { expireOffers, remindExpiringOffers } from "@/lib/offers/offer-expiry";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-webhooks";
import { retry } from "@/lib/utils/retry";
import {
  CLEAN_RATE_LIMITS,
  DELIVER_EMAIL,
  DELIVER_PENDING_EMAIL,
  EXPIRE_OFFERS,
  REMIND_EXPIRING_OFFERS,
  DELIVER_WEBHOOKS,
  MIX_SELF_IDENTIFICATION,
  PRIVACY_RETENTION,
  READ_DOCUMENT_TEXT,
  REMIND_OVERDUE_SCORECARDS,
  REMIND_UNTOUCHED_ACCOMMODATIONS,
  SWEEP_ORPHAN_DOCUMENTS,
  SWEEP_UNREAD_DOCUMENTS,
  type JobName,
} from "./jobs";

type Log = (line: string) => void;

interface JobWorker {
  name: JobName;
  /** When set, the job also runs on this schedule (cron, UTC), once across all workers. */
  cron?: string;
  /**
   * Jobs fetched at once. pg-boss waits the polling interval between fetches even when jobs are
   * waiting, so a queue fed by every application takes them in batches; each job is still
   * failed and retried on its own.
   */
  batchSize?: number;
  run(job: PgBoss.Job<object>, log: Log): Promise<unknown>;
}

// Later features (reminders, retention) add their job here and its name in jobs.ts.
const JOB_WORKERS: JobWorker[] = [
  {
    name: DELIVER_WEBHOOKS,
    cron: "* * * * *",
    async run(_job, log) {
      const totals = await deliverDueWebhooks();
      if (totals.delivered + totals.failed > 0)
        log(`${DELIVER_WEBHOOKS}: delivered ${totals.delivered}, failed ${totals.failed} (retried later)`);
      return totals;
    },
  },
  {
    name: REMIND_EXPIRING_OFFERS,
    cron: "11 * * * *",
    async run(_job, log) {
      const emailIds = await remindExpiringOffers();
      for (const id of emailIds) await deliverOutboxMessage(id);
      if (emailIds.length > 0)
        log(`${REMIND_EXPIRING_OFFERS}: reminded ${emailIds.length} candidate(s) of an expiring offer`);
      return { reminded: emailIds.length };
    },
  },
  {
    name: EXPIRE_OFFERS,
    // Offers lapse at the end of their day (UTC): just after midnight, and hourly to catch up.
    cron: "2 * * * *",
    async run(_job, log) {
      const emailIds = await expireOffers();
      for (const id of emailIds) await deliverOutboxMessage(id);
      if (emailIds.length > 0) log(`${EXPIRE_OFFERS}: expired ${emailIds.length} offer(s)`);
      return { expired: emailIds.length };
    },
  },
  {
    name: DELIVER_PENDING_EMAIL,
    cron: "* * * * *",
    async run(_job, log) {
      // Each message is claimed atomically (lib/email/outbox.ts), so overlapping sweeps, or a
      // sweep beside the app's own after-response delivery, never send one twice.
      const attempted = await deliverPendingEmails();
      if (attempted > 0) log(`${DELIVER_PENDING_EMAIL}: retried ${attempted} pending email(s)`);
      return { attempted };
    },
  },
  {
    name: DELIVER_EMAIL,
    // Every request that queued mail sends one job: take them in batches (see batchSize above).
    batchSize: 50,
    async run(job) {
      const { emailIds } = job.data as { emailIds: string[] };
      for (const id of emailIds) await deliverOutboxMessage(id);
      return { attempted: emailIds.length };
    },
  },
  {
    name: REMIND_OVERDUE_SCORECARDS,
    cron: "*/10 * * * *",
    async run(_job, log) {
      const { emailIds } = await remindOverdueScorecards();
      // Sent now rather than by the next minute's sweep; a failed send stays pending for it.
      for (const id of emailIds) await deliverOutboxMessage(id);
      if (emailIds.length > 0)
        log(`${REMIND_OVERDUE_SCORECARDS}: reminded ${emailIds.length} interviewer(s) of an overdue scorecard`);
      return { reminded: emailIds.length };
    },
  },
  {
    name: CLEAN_RATE_LIMITS,
    cron: "17 * * * *",
    async run(_job, log) {
      const deleted = await cleanExpiredRateLimits(db);
      if (deleted > 0) log(`${CLEAN_RATE_LIMITS}: deleted ${deleted} expired counter(s)`);
      return { deleted };
    },
  },
  {
    name: REMIND_UNTOUCHED_ACCOMMODATIONS,
    cron: "5 * * * *",
    async run(_job, log) {
      const { reminded, emailIds } = await remindUntouchedRequests();
      for (const id of emailIds) await deliverOutboxMessage(id);
      if (reminded.length > 0)
        log(`${REMIND_UNTOUCHED_ACCOMMODATIONS}: reminded coordinators of ${reminded.length} waiting request(s)`);
      return { reminded: reminded.length };
    },
  },
  {
    name: PRIVACY_RETENTION,
    // Daily, at a quiet hour (UTC).
    cron: "30 3 * * *",
    async run(_job, log) {
      const summary = await runRetention();
      log(
        `${PRIVACY_RETENTION}: erased ${summary.erased.length}, on hold ${summary.onHold.length}, failed ${summary.failed.length}`,
      );
      return {
        erased: summary.erased.length,
        onHold: summary.onHold.length,
        failed: summary.failed.length,
        filesRetried: summary.filesRetried,
      };
    },
  },
  {
    name: READ_DOCUMENT_TEXT,
    batchSize: 50,
    async run(job) {
      const { storedFileId } = job.data as { storedFileId: string };
      return { outcome: await readDocumentText(storedFileId) };
    },
  },
  {
    name: SWEEP_UNREAD_DOCUMENTS,
    cron: "41 * * * *",
    async run(_job, log) {
      const queued = await queueUnreadDocuments();
      if (queued > 0) log(`${SWEEP_UNREAD_DOCUMENTS}: queued ${queued} document(s) whose text was never read`);
      return { queued };
    },
  },
  {
    name: SWEEP_ORPHAN_DOCUMENTS,
    cron: "47 * * * *",
    async run(_job, log) {
      const removed = await sweepOrphanDocuments();
      if (removed > 0) log(`${SWEEP_ORPHAN_DOCUMENTS}: removed ${removed} document file(s) no application refers to`);
      return { removed };
    },
  },
  {
    name: MIX_SELF_IDENTIFICATION,
    // Hourly: a pending answer shares its application's transaction id until it is mixed.
    cron: "23 * * * *",
    async run(_job, log) {
      const outcome = await mixSelfIdentification();
      if (outcome.pending > 0)
        log(`${MIX_SELF_IDENTIFICATION}: mixed ${outcome.pending} new answer(s) into ${outcome.rewritten}`);
      return outcome;
    },
  },
];

export interface RegisterWorkersOptions {
  log?: Log;
  /** How often an idle worker asks for new jobs; pg-boss's default is 2 s. */
  pollingIntervalSeconds?: number;
}

/**
 * Subscribes this PgBoss to every job and writes the cron schedules, which live in Postgres.
 * Stale schedules are not removed here (a worker of an older release would remove a newer
 * release's): when a job loses its schedule, call `boss.unschedule(name)` once in its place.
 */
export async function registerWorkers(
  boss: PgBoss,
  { log = console.log, pollingIntervalSeconds = 2 }: RegisterWorkersOptions = {},
): Promise<void> {
  for (const worker of JOB_WORKERS) {
    const batchSize = worker.batchSize ?? 1;
    await boss.work<object>(worker.name, { pollingIntervalSeconds, batchSize }, async (jobs) => {
      // One job: its outcome is the batch's, as pg-boss records it.
      if (batchSize === 1) return jobs[0] ? worker.run(jobs[0], log) : undefined;
      for (const job of jobs) {
        // A failed job is failed alone (retried by its queue's rules); pg-boss then completes
        // only the jobs still active.
        await worker.run(job, log).catch((error: unknown) => failOnceRecorded(boss, worker.name, job.id, error));
      }
    });
    if (worker.cron) await boss.schedule(worker.name, worker.cron);
  }
}

// Long enough for a restart or failover of the database; the batch's other jobs wait meanwhile.
const FAIL_RETRY_FOR_MS = 60_000;

/**
 * Fails one job of a batch, retrying while the database is away. A job usually fails because the
 * database went away (a restart), and then so does its failure's write; pg-boss's own record of
 * the batch's outcome is not awaited, so the job stayed active until it expired (15 minutes)
 * instead of being retried after its queue's delay (docs/decisions/0047-chaos-run.md, 2026-12-07).
 */
async function failOnceRecorded(boss: PgBoss, name: JobName, id: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await retry(() => boss.fail(name, id, { message }), { forMs: FAIL_RETRY_FOR_MS, delayMs: () => 1_000 });
}
