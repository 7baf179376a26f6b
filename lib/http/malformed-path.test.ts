import { describe, expect, it } from "vitest";
import { hasNulInQuery, isMalformedPath } from "./malformed-path";

describe("isMalformedPath", () => {
  it("accepts paths whose every segment decodes to text", () => {
    for (const path of [
      "/",
      "/jobs/backend-engineer/apply",
      "/jobs/caf%C3%A9",
      "/jobs/a%2Fb",
      "/jobs/%2e%2e",
      "/jobs/%25",
      "/%F0%9F%98%80",
      "/jobs//x",
    ]) {
      expect(isMalformedPath(path), path).toBe(false);
    }
  });

  it("refuses escapes decodeURIComponent cannot decode", () => {
    for (const path of [
      "/jobs/%C0%AF",
      "/jobs/%E0%A4%A",
      "/jobs/%ff%fe",
      "/jobs/%",
      "/jobs/a%2",
      "/jobs/%g1",
      "/jobs/%ed%a0%80",
      "/x/ok/%80",
    ]) {
      expect(isMalformedPath(path), path).toBe(true);
    }
  });

  it("refuses control characters, NUL first, encoded or not", () => {
    for (const path of [
      "/jobs/%00",
      "/jobs/abc%00def",
      "/applications/status/%0a",
      "/api/x/%7F",
      "/jobs/a\u0000",
      "/jobs/%09",
    ]) {
      expect(isMalformedPath(path), path).toBe(true);
    }
  });
});

describe("hasNulInQuery", () => {
  it("finds an encoded NUL anywhere in the query, and nothing else", () => {
    for (const search of ["?q=%00", "?q=a%00b&x=1", "?%00=x"]) expect(hasNulInQuery(search), search).toBe(true);
    for (const search of ["", "?q=%0a", "?q=%25" + "00", "?q=100", "?q=%C0%AF"])
      expect(hasNulInQuery(search), search).toBe(false);
  });
});
