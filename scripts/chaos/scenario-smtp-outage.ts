// Scenario: the mail server unreachable (stopped: connections refused) for ten minutes while
// candidates apply. No request waits on it (apply latency during the outage against the same
// measure just before it), every message stays in the outbox, and once the mail server is back
// the worker delivers each exactly once.
import { applyUnderFault, failedOutcomes, percentile, type ApplyRun } from "./applicant";
import { applicationChecks, check, query } from "./checks";
import { seconds, type Chaos, type ScenarioResult } from "./context";
import { emailChecks } from "./emails";

// Applications sent one after another with the mail server up, for the latency baseline.
const BASELINE_APPLICATIONS = 10;

export async function smtpOutage(chaos: Chaos): Promise<ScenarioResult> {
  const { options, slug, context, databaseUrl, mail, log } = chaos;
  const apply = (tag: string, total: number) =>
    applyUnderFault({ baseUrl: () => chaos.baseUrl, slug, context, tag, lanes: 1, total, retryForMs: 60_000 });
  const baseline = await apply("smtp-baseline", BASELINE_APPLICATIONS);

  await mail.stop();
  const outageStarted = Date.now();
  log(`  mail server stopped for ${seconds(options.smtpOutageMs)}`);
  const during: ApplyRun = { acknowledged: [], attempts: [], gaveUp: [] };
  while (Date.now() - outageStarted < options.smtpOutageMs - options.outageApplyEveryMs) {
    const started = Date.now();
    const one = await apply("smtp-outage", 1);
    during.acknowledged.push(...one.acknowledged);
    during.attempts.push(...one.attempts);
    during.gaveUp.push(...one.gaveUp);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, options.outageApplyEveryMs - (Date.now() - started))),
    );
  }
  const { checks, rows } = await applicationChecks({
    databaseUrl,
    storageDir: chaos.storageDir,
    acknowledged: during.acknowledged,
    questions: context.questions.length,
  });
  const outboxIds = rows.flatMap((row) => row.outbox.map((o) => o.id));
  // Still in the outage: nothing was given up.
  const waiting = await query<{ status: string; n: number; attempts: number }>(
    databaseUrl,
    `SELECT status, count(*)::int AS n, max(attempts)::int AS attempts FROM "EmailOutbox" WHERE id = ANY($1) GROUP BY status ORDER BY status`,
    [outboxIds],
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.smtpOutageMs - (Date.now() - outageStarted))));
  const outageMs = Date.now() - outageStarted;
  await mail.start();
  const back = Date.now();
  log(`  mail server back after ${seconds(outageMs)}`);

  const latency = (run: ApplyRun) => run.acknowledged.map((entry) => entry.latencyMs);
  const [base, out] = [latency(baseline), latency(during)];
  const mailChecks = await emailChecks({ databaseUrl, mail, outboxIds, since: back });
  const budgetMs = percentile(base, 95) + 1_000;
  return {
    title: "SMTP unreachable",
    fault: `the mail server stopped (connections refused) for ${seconds(outageMs)} while one candidate after another applied (one every ${seconds(options.outageApplyEveryMs)}); app and worker keep running`,
    checks: [
      check(
        "every candidate applying during the outage was acknowledged at the first attempt",
        during.gaveUp.length === 0 && during.acknowledged.every((entry) => entry.attempts === 1),
        `${during.acknowledged.length} acknowledged; failed attempts: ${failedOutcomes(during.attempts)}`,
      ),
      check(
        "no request waits on the mail server (p95 apply latency within the baseline's p95 + 1 s)",
        percentile(out, 95) <= budgetMs,
        `p95 ${percentile(out, 95)} ms during the outage, ${percentile(base, 95)} ms before it`,
      ),
      ...checks,
      check(
        "every email waits in the outbox during the outage (none given up)",
        waiting.every((row) => row.status === "PENDING" || row.status === "SENDING") &&
          waiting.reduce((n, row) => n + row.n, 0) === outboxIds.length,
        waiting.map((row) => `${row.status} ${row.n} (up to ${row.attempts} attempts)`).join(", ") || "no messages",
      ),
      ...mailChecks.checks,
    ],
    figures: [
      ["outage", seconds(outageMs)],
      ["applications during the outage", String(during.acknowledged.length)],
      [
        "apply latency during the outage (p50 / p95 / max)",
        `${percentile(out, 50)} / ${percentile(out, 95)} / ${Math.max(0, ...out)} ms`,
      ],
      [
        `apply latency before it, mail server up (${base.length} applications, p50 / p95 / max)`,
        `${percentile(base, 50)} / ${percentile(base, 95)} / ${Math.max(0, ...base)} ms`,
      ],
      ...mailChecks.figures.map(([label, value]): [string, string] => [`${label} (mail server back)`, value]),
    ],
  };
}
