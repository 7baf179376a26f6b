import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("turns every character that could start markup or end an attribute into a named entity", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("leaves other text, entities' look-alikes included, as it is but for the ampersand", () => {
    expect(escapeHtml("Zoë — 100% {{name}}")).toBe("Zoë — 100% {{name}}");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});
