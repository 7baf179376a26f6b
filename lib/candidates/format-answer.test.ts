import { describe, expect, it } from "vitest";
import { formatAnswer } from "./format-answer";

const options = [
  { id: 11, label: "Runtime" },
  { id: 12, label: "Storage" },
];

describe("formatAnswer", () => {
  it("shows select answers by their option labels", () => {
    expect(formatAnswer({ type: "SINGLE_SELECT", options }, 12)).toEqual({ kind: "text", text: "Storage" });
    expect(formatAnswer({ type: "MULTI_SELECT", options }, [11, 12])).toEqual({
      kind: "list",
      items: ["Runtime", "Storage"],
    });
    expect(formatAnswer({ type: "SINGLE_SELECT", options }, 99)).toEqual({
      kind: "text",
      text: "(an option that was removed)",
    });
  });

  it("links only http(s) answers", () => {
    expect(formatAnswer({ type: "URL", options: [] }, "https://x.dev/a")).toEqual({
      kind: "link",
      text: "https://x.dev/a",
      href: "https://x.dev/a",
    });
    expect(formatAnswer({ type: "URL", options: [] }, "javascript:alert(1)")).toMatchObject({ href: null });
  });

  it("handles yes/no, numbers and missing answers", () => {
    expect(formatAnswer({ type: "YES_NO", options: [] }, "NO")).toEqual({ kind: "text", text: "No" });
    expect(formatAnswer({ type: "NUMBER", options: [] }, 7)).toEqual({ kind: "text", text: "7" });
    expect(formatAnswer({ type: "LONG_TEXT", options: [] }, undefined)).toEqual({ kind: "empty" });
    expect(formatAnswer({ type: "MULTI_SELECT", options }, [])).toEqual({ kind: "empty" });
  });
});
