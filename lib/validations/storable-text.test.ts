import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isStorableText, storableTextCheck } from "./storable-text";

describe("storable text", () => {
  it("refuses NUL, control characters and half surrogate pairs; line breaks only when multiline", () => {
    expect(isStorableText("Grace Hopper 😀")).toBe(true);
    for (const text of ["a\u0000b", "\u0007", "\u007f", "x\ud800", "\udc00y"])
      expect(isStorableText(text, { multiline: true }), JSON.stringify(text)).toBe(false);
    expect(isStorableText("two\nlines\tand a tab")).toBe(false);
    expect(isStorableText("two\r\nlines\tand a tab", { multiline: true })).toBe(true);
  });

  it("works as a zod refinement with a message", () => {
    const schema = z.string().refine(...storableTextCheck({ message: "No." }));
    expect(schema.safeParse("fine").success).toBe(true);
    expect(schema.safeParse("nul\u0000").error?.issues[0]?.message).toBe("No.");
  });
});
