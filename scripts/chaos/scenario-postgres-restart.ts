// Scenario: Postgres restarted (pg_ctl restart -m fast: every connection cut) while candidates
// apply to the built app. Every acknowledged application is stored once, the app answers again
// within 5 s of the database's return without being restarted, the worker resumes (it reads the
// text of every resume, queued with each application), and each confirmation is sent once.
import { applicationChecks, check, query } from "./checks";
import { applyUnderFault, failedOutcomes, postApplication, RESUME_BYTES } from "./applicant";
import { seconds, waitFor, type Chaos, type ScenarioResult } from "./context";
import { emailChecks } from "./emails";
import { orphanChecks } from "./orphans";

const RECOVERY_BOUND_MS = 5_000;

export async function postgresRestart(chaos: Chaos): Promise<ScenarioResult> {
  const { options, baseUrl, slug, context, cluster, databaseUrl, log } = chaos;
  let restart: Promise<{ restartMs: number; recoveredMs: number | undefined }> | undefined;
  const run = await applyUnderFault({
    baseUrl: () => baseUrl,
    slug,
    context,
    tag: "restart",
    lanes: 4,
    total: options.restartLoad,
    onAcknowledged: (acknowledged) => {
      const count = acknowledged.length;
      if (count !== Math.floor(options.restartLoad / 4) || restart) return;
      const probe = acknowledged[0]!.submission;
      restart = (async () => {
        log(`  restarting Postgres after ${count} acknowledged applications`);
        const started = Date.now();
        await cluster.restart();
        const back = Date.now();
        // The app answers again: a replay of an acknowledged submission needs the database
        // (the submission key is looked up) and stores nothing.
        const answered = await waitFor(
          async () => (await postApplication(baseUrl, slug, probe)).status === 200,
          RECOVERY_BOUND_MS * 6,
          50,
        );
        return { restartMs: back - started, recoveredMs: answered ? Date.now() - back : undefined };
      })();
    },
  });
  if (!restart) throw new Error("the load ended before Postgres was restarted");
  const { restartMs, recoveredMs } = await restart;
  log(`  app answered ${recoveredMs ?? "never"} ms after Postgres was back`);

  const { checks, rows } = await applicationChecks({
    databaseUrl,
    storageDir: chaos.storageDir,
    acknowledged: run.acknowledged,
    questions: context.questions.length,
  });
  checks.unshift(
    check(
      "every candidate was acknowledged in the end (retrying the same submission)",
      run.gaveUp.length === 0 && run.acknowledged.length === options.restartLoad,
      `${run.acknowledged.length} of ${options.restartLoad}; failed attempts retried: ${failedOutcomes(run.attempts)}`,
    ),
  );
  checks.push(
    check(
      "the app answers again within 5 s of Postgres being back, without a restart of the app",
      recoveredMs !== undefined && recoveredMs <= RECOVERY_BOUND_MS,
      recoveredMs === undefined ? "no answer" : `${recoveredMs} ms (same app process, pid ${chaos.app.pid})`,
    ),
  );

  // The worker resumes: it reads every resume's text (jobs queued with the applications, some
  // of them across the restart).
  const fileIds = rows.map((row) => row.resumeKey);
  const textStarted = Date.now();
  const read = await waitFor(
    async () =>
      (
        await query<{ n: number }>(
          databaseUrl,
          `SELECT count(*)::int AS n FROM "StoredFile" WHERE "storageKey" = ANY($1) AND "extractedText" IS NULL`,
          [fileIds],
        )
      )[0]!.n === 0,
    180_000,
    1_000,
  );
  checks.push(
    check(
      "the worker resumes: every resume's text is read after the restart",
      read,
      read ? `all ${fileIds.length} read` : `some of ${fileIds.length} still unread after 180 s`,
    ),
  );
  const mail = await emailChecks({
    databaseUrl,
    mail: chaos.mail,
    outboxIds: rows.flatMap((row) => row.outbox.map((o) => o.id)),
  });
  const orphans = await orphanChecks(chaos);
  return {
    title: "Postgres restarted during an apply load",
    fault: `\`pg_ctl restart -m fast\` of the app's Postgres once ${Math.floor(options.restartLoad / 4)} of ${options.restartLoad} applications (4 candidates at a time, ${RESUME_BYTES / 1024} KB PDF each) were acknowledged; app and worker keep running`,
    checks: [...checks, ...mail.checks, ...orphans.checks],
    figures: [
      ["Postgres down (restart took)", seconds(restartMs)],
      ["app answering again after Postgres was back", recoveredMs === undefined ? "never" : `${recoveredMs} ms`],
      ["failed attempts, retried by the candidates", String(run.attempts.length - run.acknowledged.length)],
      [
        "acknowledged as a replay (an earlier attempt had stored it)",
        String(run.acknowledged.filter((a) => a.status === 200).length),
      ],
      ["worker read every resume's text", seconds(Date.now() - textStarted)],
      ...mail.figures,
      ...orphans.figures,
    ],
  };
}
