import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv";

describe("csvField", () => {
  it("leaves plain text alone and quotes what needs quoting", () => {
    expect(csvField("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvField('Ada "Countess" Lovelace, PhD')).toBe('"Ada ""Countess"" Lovelace, PhD"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("keeps formulas as text", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const start of ["+", "-", "@", "\t", "\r"])
      expect(csvField(`${start}1`).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvField("a=1")).toBe("a=1");
  });
});

describe("csvLine", () => {
  it("joins fields with commas and ends in CRLF", () => {
    expect(csvLine(["a", "b,c", ""])).toBe('a,"b,c",\r\n');
  });
});
