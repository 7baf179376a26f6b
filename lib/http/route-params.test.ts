import { describe, expect, it } from "vitest";
import { isApplicationReferenceParam, isBoardTokenParam, isJobSlugParam } from "./route-params";

describe("route parameter shapes", () => {
  it("accepts what the app makes", () => {
    expect(isJobSlugParam("senior-systems-engineer-workers-runtime-cpp")).toBe(true);
    expect(isBoardTokenParam("cloudflare")).toBe(true);
    expect(isApplicationReferenceParam("TRL-7K3M-9QXD")).toBe(true);
  });

  it("refuses NUL, other characters, wrong lengths and non-strings", () => {
    for (const value of ["", "a\u0000", "Backend Engineer", "a/b", "x".repeat(101), ["a"], undefined]) {
      expect(isJobSlugParam(value), JSON.stringify(value)).toBe(false);
      expect(isBoardTokenParam(value), JSON.stringify(value)).toBe(false);
    }
    for (const value of ["TRL-7K3M-9QXD\u0000", "trl-7k3m-9qxd", "TRL-7K3M", ["TRL-7K3M-9QXD", "TRL-7K3M-9QXD"]]) {
      expect(isApplicationReferenceParam(value), JSON.stringify(value)).toBe(false);
    }
  });
});
