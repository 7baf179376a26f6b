import { describe, expect, it } from "vitest";
import type { ResolverOptions } from "react-hook-form";
import { formContextFixture } from "@/tests/support/form-context-fixture";
import type { ApplicationFormValues } from "@/lib/submissions/schema";
import { lazyApplicationResolver } from "./lazy-application-resolver";

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<ApplicationFormValues>;

describe("lazyApplicationResolver", () => {
  it("validates with the shared schema once loaded, whether or not it was preloaded", async () => {
    for (const preload of [true, false]) {
      const { resolver, preload: start } = lazyApplicationResolver(formContextFixture());
      if (preload) start();
      const result = await resolver(
        { firstName: "", email: "not an email" } as unknown as ApplicationFormValues,
        undefined,
        options,
      );
      expect(Object.keys(result.values)).toEqual([]);
      expect(result.errors).toHaveProperty("firstName");
      expect(result.errors).toHaveProperty("email");
      expect(result.errors).toHaveProperty("privacyAcknowledged");
    }
  });
});
