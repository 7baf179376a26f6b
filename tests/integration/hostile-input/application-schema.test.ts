// Property tests of the one application schema (lib/submissions/schema.ts) with a real job's
// form context: whatever arrives, parsing never throws, and what it accepts is valid by rules
// written independently of the schema (application-invariants.ts).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { buildApplicationFormSchema } from "@/lib/submissions/schema";
import { createJob, ensureLegalForms, SAMPLE_QUESTIONS } from "../../factories";
import { validApplicationPayload } from "../../support/application-payload";
import { testDb } from "../../support/db";
import { expectValidApplication } from "./application-invariants";
import { expectNoPrototypePollution, hostileValue, leafPaths, withPath } from "./hostile-values";

// A fixed seed: every run tries the same inputs, and a failure prints the seed and the shrunk
// counterexample, which replay the same way.
fc.configureGlobal({ seed: 20261206 });

let context: ApplicationFormContext;
let schema: ReturnType<typeof buildApplicationFormSchema>;
let valid: Record<string, unknown>;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  const job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  context = await loadApplicationFormContext({ id: job.id });
  schema = buildApplicationFormSchema(context);
  valid = validApplicationPayload(context);
});

/** Parses; any throw fails the property. Accepted data must be valid. */
function parseAndCheck(input: unknown): boolean {
  const parsed = schema.safeParse(input);
  if (parsed.success) expectValidApplication(parsed.data as Record<string, unknown>, context);
  expectNoPrototypePollution();
  return parsed.success;
}

describe("buildApplicationFormSchema under hostile input", () => {
  it("accepts the valid baseline (so the properties below test something)", () => {
    expect(parseAndCheck(valid)).toBe(true);
  });

  it("never throws on arbitrary values, and accepts none of them", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 3 }), fc.dictionary(fc.string(), hostileValue)), (input) => {
        expect(parseAndCheck(input)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws when one field of a valid application is replaced by anything, and accepts only valid results", () => {
    const paths = [
      ...leafPaths(valid),
      ["answers", "999999"],
      ["unknownField"],
      ["legalVersions", "selfId"],
      ["tracking", "utm_source"],
      ["tracking"],
      ["__proto__"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), hostileValue, (path, value) => {
        parseAndCheck(withPath(valid, path, value));
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws when several fields are replaced at once", () => {
    const paths = leafPaths(valid);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 2, maxLength: 6 }),
        (changes) => {
          parseAndCheck(changes.reduce((payload, [path, value]) => withPath(payload, path, value), valid));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("accepts any well-formed name, location and text (it does not reject what is valid)", () => {
    const text = (max: number) =>
      fc
        .string({ unit: "grapheme", minLength: 1, maxLength: max })
        .filter((value) => value.trim().length > 0 && value.length <= max && !/[\p{Cc}]/u.test(value));
    fc.assert(
      fc.property(text(100), text(100), text(200), text(500), (firstName, lastName, location, shortAnswer) => {
        const question = context.questions.find((each) => each.type === "SHORT_TEXT")!;
        const payload = withPath(
          { ...valid, firstName, lastName, location },
          ["answers", String(question.id)],
          shortAnswer,
        );
        expect(parseAndCheck(payload)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
