import { describe, expect, it } from "vitest";
import { buildSearchText, buildSortName, MAX_SEARCH_TEXT_CHARS, normalizeForSearch } from "./normalize-search-text";

describe("normalizeForSearch", () => {
  it("lower-cases, folds accents and collapses whitespace", () => {
    expect(normalizeForSearch("  José  ÑÚÑEZ\n\tGarçon ")).toBe("jose nunez garcon");
  });
});

describe("buildSearchText", () => {
  const candidate = { firstName: "Zoë", lastName: "O'Brien", preferredName: null, email: "Zoe.OBrien@Example.com" };

  it("holds names, email, reference, notes and resume text, normalized", () => {
    const text = buildSearchText({ reference: "TRL-AB12-CD34", candidate, resumeText: "Rust and V8", noteBodies: ["Strong on WASM"] });
    for (const part of ["zoe", "o'brien", "zoe.obrien@example.com", "trl-ab12-cd34", "strong on wasm", "rust and v8"]) {
      expect(text).toContain(part);
    }
  });

  it("cuts the resume, not the notes, when the whole is too long", () => {
    const text = buildSearchText({ reference: "TRL-1", candidate, resumeText: "r".repeat(MAX_SEARCH_TEXT_CHARS), noteBodies: ["keep this note"] });
    expect(text).toHaveLength(MAX_SEARCH_TEXT_CHARS);
    expect(text).toContain("keep this note");
  });
});

describe("buildSortName", () => {
  it("puts the last name first and uses the name the person goes by", () => {
    expect(buildSortName({ firstName: "Grace", lastName: "Hopper", preferredName: "Amazing" })).toBe("hopper amazing");
    expect(buildSortName({ firstName: "Émile", lastName: "Zola", preferredName: null })).toBe("zola emile");
  });
});
