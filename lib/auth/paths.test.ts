import { describe, expect, it } from "vitest";
import { isPublicStaffPath, safeStaffPath, signInPath } from "./paths";

describe("safeStaffPath", () => {
  it("keeps paths inside the staff area, with their query", () => {
    expect(safeStaffPath("/hiring/applications?stage=3")).toBe("/hiring/applications?stage=3");
    expect(safeStaffPath("/hiring")).toBe("/hiring");
  });

  it.each([
    null,
    "",
    "https://evil.example/hiring",
    "//evil.example/hiring",
    "/hiring\\@evil",
    "/hiringx",
    "/jobs",
    "/hiring/sign-in",
    "/hiring/sign-in/error",
  ])("sends %s to the staff home instead", (value) => expect(safeStaffPath(value)).toBe("/hiring/jobs"));
});

describe("signInPath", () => {
  it("carries the page to come back to", () => {
    expect(signInPath("/hiring/staff")).toBe("/hiring/sign-in?callbackUrl=%2Fhiring%2Fstaff");
    expect(signInPath(undefined)).toBe("/hiring/sign-in");
    expect(signInPath("/hiring")).toBe("/hiring/sign-in");
  });
});

describe("isPublicStaffPath", () => {
  it("lets the sign-in pages through and nothing else", () => {
    expect(isPublicStaffPath("/hiring/sign-in")).toBe(true);
    expect(isPublicStaffPath("/hiring/sign-in/check-email")).toBe(true);
    expect(isPublicStaffPath("/hiring/sign-inx")).toBe(false);
    expect(isPublicStaffPath("/hiring/jobs")).toBe(false);
  });
});
