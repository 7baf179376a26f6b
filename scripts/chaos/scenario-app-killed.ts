// Scenario: the app process SIGKILLed (its whole process group, as a host failure would) in the
// middle of submissions, several times, and started again. Candidates whose request got no
// answer send the same submission again. No half-written application, no orphan file once the
// sweep's grace period has passed, and each candidate's retry gets one application.
import { startApp } from "./app";
import { applyUnderFault, failedOutcomes, postApplication } from "./applicant";
import { applicationChecks, check } from "./checks";
import { seconds, type Chaos, type ScenarioResult } from "./context";
import { orphanChecks } from "./orphans";

export async function appKilled(chaos: Chaos): Promise<ScenarioResult> {
  const { options, slug, context, databaseUrl, log } = chaos;
  const every = Math.floor(options.killLoad / (options.kills + 1));
  let killed = 0;
  let restarting: Promise<void> | undefined;
  const restartTimes: number[] = [];
  const run = await applyUnderFault({
    baseUrl: () => chaos.baseUrl,
    slug,
    context,
    tag: "killed",
    lanes: 4,
    total: options.killLoad,
    onAcknowledged: (acknowledged) => {
      if (restarting || killed >= options.kills || acknowledged.length < every * (killed + 1)) return;
      killed += 1;
      restarting = (async () => {
        log(`  SIGKILL to the app (pid ${chaos.app.pid}) after ${acknowledged.length} acknowledged applications`);
        await chaos.app.kill("SIGKILL");
        const started = Date.now();
        chaos.app = await startApp(chaos.config);
        restartTimes.push(Date.now() - started);
      })().finally(() => (restarting = undefined));
    },
  });
  while (restarting) await restarting;

  const { checks, rows } = await applicationChecks({
    databaseUrl,
    storageDir: chaos.storageDir,
    acknowledged: run.acknowledged,
    questions: context.questions.length,
  });
  const cut = run.acknowledged.filter((entry) => entry.attempts > 1);
  checks.unshift(
    check(
      `the app was killed ${options.kills} times in the middle of submissions`,
      killed === options.kills,
      `killed ${killed} times; failed attempts: ${failedOutcomes(run.attempts)}`,
    ),
    check(
      "every candidate was acknowledged in the end (retrying the same submission)",
      run.gaveUp.length === 0 && run.acknowledged.length === options.killLoad,
      `${run.acknowledged.length} of ${options.killLoad}; ${cut.length} needed a retry`,
    ),
  );
  // Every candidate sends the same submission once more: the same application, never a second one.
  const again = await Promise.all(
    run.acknowledged.map((entry) => postApplication(chaos.baseUrl, slug, entry.submission)),
  );
  const sameAnswer = again.filter(
    (answer, n) => answer.status === 200 && answer.body.reference === run.acknowledged[n]!.reference,
  );
  const rowsAfter = await applicationChecks({
    databaseUrl,
    acknowledged: run.acknowledged,
    questions: context.questions.length,
  });
  checks.push(
    check(
      "a retry with the same submission key succeeds once: the same application, no second row",
      sameAnswer.length === run.acknowledged.length && rowsAfter.rows.length === rows.length,
      `${sameAnswer.length} of ${run.acknowledged.length} retries answered 200 with the stored reference; ${rowsAfter.rows.length} rows after them`,
    ),
  );
  const orphans = await orphanChecks(chaos);
  return {
    title: "The app process killed in the middle of submissions",
    fault: `SIGKILL to \`next start\` (its process group) ${options.kills} times during ${options.killLoad} applications (4 candidates at a time), each time started again`,
    checks: [...checks, ...orphans.checks],
    // Checked at the end: a confirmation a killed sender had claimed is retried after the claim timeout.
    emailsToCheckLater: rows.flatMap((row) => row.outbox.map((o) => o.id)),
    figures: [
      ["app start after each kill", restartTimes.map(seconds).join(", ")],
      ["applications whose first attempt got no answer", String(cut.length)],
      [
        "of those, stored by the killed process (retry answered as a replay)",
        String(cut.filter((a) => a.status === 200).length),
      ],
      ...orphans.figures,
    ],
  };
}
