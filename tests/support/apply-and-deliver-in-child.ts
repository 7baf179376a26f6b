// Run as a child process by app-killed-email.test.ts (tsx --conditions=react-server): the app's
// careers route in one process, without Next.js. Sends one application per set of payload
// overrides (argv, JSON) through the real apply path, four at a time, prints "acknowledged <key>"
// for each and then finishes it as the route does after its response (finishSubmission, not
// awaited), until its parent kills it.
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { finishSubmission } from "@/lib/submissions/finish-submission";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { validApplicationPayload } from "./application-payload";

const [jobId, overridesJson] = [Number(process.argv[2]), process.argv[3]!];
const everyOverride = JSON.parse(overridesJson) as Record<string, string>[];
const context = await loadApplicationFormContext({ id: jobId });
const LANES = 4;
const finishing: Promise<void>[] = [];
await Promise.all(
  Array.from({ length: LANES }, async (_, lane) => {
    for (const overrides of everyOverride.filter((_, n) => n % LANES === lane)) {
      const payload = validApplicationPayload(context, overrides);
      const submitted = await applyToJob({ job: { id: jobId }, payload, source: "CAREERS_SITE" });
      console.log(`acknowledged ${overrides.submissionKey}`);
      const started = Date.now();
      finishing.push(
        finishSubmission(submitted).then(() =>
          console.log(`finished ${submitted.confirmationEmailId} ${Date.now() - started}`),
        ),
      );
    }
  }),
);
await Promise.all(finishing);
console.log("done");
