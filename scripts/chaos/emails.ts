// Email delivery after a fault: the outbox rows of a scenario's applications all reach SENT (sent
// by the worker the app handed them to, decision 0049, or by its minute's sweep), and the mail server
// received each row's message exactly once, counted by Message-ID.
import { check, query, type Check } from "./checks";
import { seconds, waitFor } from "./context";
import { deliveriesByOutboxId, type MailSink } from "./mail";

// A message claimed by a sender that died is retried after the outbox's claim timeout (5 min).
export const OUTBOX_SETTLE_MS = 7 * 60_000;

export async function emailChecks(options: {
  databaseUrl: string;
  mail: MailSink;
  outboxIds: readonly string[];
  /** When the wait for delivery starts counting (e.g. the mail server's return). */
  since?: number;
  withinMs?: number;
}): Promise<{ checks: Check[]; figures: [string, string][] }> {
  const { databaseUrl, mail, outboxIds, since = Date.now(), withinMs = OUTBOX_SETTLE_MS } = options;
  const unsent = async () =>
    (
      await query<{ n: number }>(
        databaseUrl,
        `SELECT count(*)::int AS n FROM "EmailOutbox" WHERE id = ANY($1) AND status <> 'SENT'`,
        [outboxIds],
      )
    )[0]!.n;
  const settled = await waitFor(async () => (await unsent()) === 0, withinMs, 1_000);
  const drainedMs = Date.now() - since;
  const statuses = await query<{ status: string; n: number }>(
    databaseUrl,
    `SELECT status, count(*)::int AS n FROM "EmailOutbox" WHERE id = ANY($1) GROUP BY status ORDER BY status`,
    [outboxIds],
  );
  const counts = [...deliveriesByOutboxId(mail, outboxIds).values()];
  const lost = counts.filter((n) => n === 0).length;
  const doubled = counts.filter((n) => n > 1).length;
  return {
    checks: [
      check(
        "every email is delivered (no message lost)",
        settled && lost === 0,
        `${outboxIds.length} messages; outbox ${statuses.map((row) => `${row.status} ${row.n}`).join(", ")}; ${lost} never reached the mail server`,
      ),
      check(
        "no email is sent twice (counted at the mail server by Message-ID)",
        doubled === 0,
        `${counts.reduce((a, b) => a + b, 0)} deliveries of ${outboxIds.length} Message-IDs; ${doubled} received more than once`,
      ),
    ],
    figures: [
      ["all emails sent", settled ? `${seconds(drainedMs)} after the wait began` : `not within ${seconds(withinMs)}`],
    ],
  };
}
