import { describe, expect, it } from "vitest";
import { containsPattern, escapeLike } from "./like-pattern";

describe("escapeLike", () => {
  it("escapes LIKE's wildcards and its escape character", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
  });

  it("leaves other text as it is", () => {
    expect(escapeLike("o'brien [x]")).toBe("o'brien [x]");
  });
});

describe("containsPattern", () => {
  it("matches the term anywhere, its wildcards taken literally", () => {
    expect(containsPattern("app_1%")).toBe("%app\\_1\\%%");
  });
});
