// Background job names and how their queues behave. No handlers here, so code that only
// enqueues jobs does not load what the worker runs (register-workers.ts).
import type PgBoss from "pg-boss";

/** Retries outbox emails still PENDING: a failed first attempt, or a sender that crashed. */
export const DELIVER_PENDING_EMAIL = "email.deliver-pending";
/** Sends the outbox emails a request queued, now (the app never sends them itself: decision 0049). */
export const DELIVER_EMAIL = "email.deliver";
/** Emails interviewers whose scorecard is overdue, once per panel seat (lib/scorecards). */
export const REMIND_OVERDUE_SCORECARDS = "scorecards.remind-overdue";
/** Deletes rate-limit counters whose window has ended (lib/rate-limit). */
export const CLEAN_RATE_LIMITS = "rate-limits.clean";

/** Tells the accommodations coordinators of requests untouched for 2 business days (lib/accommodations). */
export const REMIND_UNTOUCHED_ACCOMMODATIONS = "accommodations.remind-untouched";
/** Carries out erasure requests and the retention policy (lib/privacy). */
export const PRIVACY_RETENTION = "privacy.retention";
/** Reads the text of one uploaded resume or cover letter, for search (lib/submissions/read-document-text.ts). */
export const READ_DOCUMENT_TEXT = "documents.read-text";
/** Queues the documents whose text is still unread: a job lost or given up (docs/decisions/0020). */
export const SWEEP_UNREAD_DOCUMENTS = "documents.sweep-unread";
/** Removes document files no row refers to after a grace period (lib/submissions/sweep-orphan-documents.ts). */
export const SWEEP_ORPHAN_DOCUMENTS = "documents.sweep-orphans";
/** Moves pending self-identification answers into their quarter, mixed (docs/decisions/0026). */
export const MIX_SELF_IDENTIFICATION = "self-identification.mix";

/** Reminds candidates of released offers that expire within two days (lib/offers/offer-expiry.ts). */
export const REMIND_EXPIRING_OFFERS = "offers.remind-expiring";
/** Expires released offers past their expiry day and tells the candidate. */
export const EXPIRE_OFFERS = "offers.expire";

/** Sends due webhook deliveries, in order per application, with backoff (lib/webhooks). */
export const DELIVER_WEBHOOKS = "webhooks.deliver";

type QueueOptions = Omit<PgBoss.Queue, "name">;

export const QUEUE_OPTIONS = {
  // A sweep that fails is not retried: the next minute's run does the same work.
  [DELIVER_PENDING_EMAIL]: { retryLimit: 0 },
  // Not retried: a message whose send failed is PENDING again, and the minute's sweep retries it.
  [DELIVER_EMAIL]: { retryLimit: 0 },
  // Not retried either: a seat whose reminder failed stays unclaimed for the next run.
  [REMIND_OVERDUE_SCORECARDS]: { retryLimit: 0 },
  [CLEAN_RATE_LIMITS]: { retryLimit: 0 },
  // Reminders claim each request in the email's transaction: a failed run leaves it for the next hour.
  [REMIND_UNTOUCHED_ACCOMMODATIONS]: { retryLimit: 0 },
  // Each person is erased in their own transaction; whatever failed is planned again tomorrow.
  [PRIVACY_RETENTION]: { retryLimit: 0 },
  // Queued in the application's own transaction. A failure (the database or the file store
  // away) is retried with backoff for 30 to 60 minutes; past that the hourly sweep queues it again.
  [READ_DOCUMENT_TEXT]: { retryLimit: 6, retryDelay: 30, retryBackoff: true },
  [SWEEP_UNREAD_DOCUMENTS]: { retryLimit: 0 },
  // A failed sweep leaves the files for the next hour's, which finds the same orphans.
  [SWEEP_ORPHAN_DOCUMENTS]: { retryLimit: 0 },
  // A failed mix leaves the pool as it was for the next hour's run.
  [MIX_SELF_IDENTIFICATION]: { retryLimit: 0 },
  // Each offer is claimed in its own email's transaction: a failed run leaves the rest for the next hour.
  [REMIND_EXPIRING_OFFERS]: { retryLimit: 0 },
  [EXPIRE_OFFERS]: { retryLimit: 0 },
  // Each delivery keeps its own retry schedule in its row: a failed sweep is simply the next minute's.
  [DELIVER_WEBHOOKS]: { retryLimit: 0 },
} satisfies Record<string, QueueOptions>;

export type JobName = keyof typeof QUEUE_OPTIONS;

export const JOB_NAMES = Object.keys(QUEUE_OPTIONS) as JobName[];
