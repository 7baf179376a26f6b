import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-href";

describe("safeHref", () => {
  it("keeps http and https links", () => {
    expect(safeHref("https://github.com/ada")).toBe("https://github.com/ada");
    expect(safeHref(" http://example.com/a?b=1 ")).toBe("http://example.com/a?b=1");
  });

  it("drops every other scheme and anything that is not an absolute URL", () => {
    for (const url of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "data:text/html,<script>",
      "vbscript:x",
      "/relative",
      "github.com/ada",
      "",
      null,
    ]) {
      expect(safeHref(url), String(url)).toBeNull();
    }
  });
});
