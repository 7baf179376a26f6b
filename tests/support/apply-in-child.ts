// Run as a child process by fault-app-killed.test.ts (tsx --conditions=react-server): sends one
// application per set of payload overrides (argv, JSON) through the real apply path,
// four at a time, and prints "acknowledged <submission key>" for each, until its parent kills it.
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { validApplicationPayload } from "./application-payload";

const [jobId, overridesJson] = [Number(process.argv[2]), process.argv[3]!];
const everyOverride = JSON.parse(overridesJson) as Record<string, string>[];
const context = await loadApplicationFormContext({ id: jobId });
console.log("ready");
const LANES = 4;
await Promise.all(
  Array.from({ length: LANES }, async (_, lane) => {
    for (const overrides of everyOverride.filter((_, n) => n % LANES === lane)) {
      const payload = validApplicationPayload(context, overrides);
      await applyToJob({ job: { id: jobId }, payload, source: "CAREERS_SITE" });
      console.log(`acknowledged ${overrides.submissionKey}`);
    }
  }),
);
console.log("done");
