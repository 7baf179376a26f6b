import { describe, expect, it } from "vitest";
import {
  buildSearchKeys,
  buildSearchText,
  buildSearchWords,
  buildSortName,
  MAX_SEARCH_TEXT_CHARS,
  normalizeForSearch,
  wordsOf,
} from "./normalize-search-text";

describe("normalizeForSearch", () => {
  it("lower-cases, folds accents and collapses whitespace", () => {
    expect(normalizeForSearch("  José  ÑÚÑEZ\n\tGarçon ")).toBe("jose nunez garcon");
  });
});

describe("buildSearchText", () => {
  const candidate = { firstName: "Zoë", lastName: "O'Brien", preferredName: null, email: "Zoe.OBrien@Example.com" };

  it("holds names, email, reference, notes and resume text, normalized", () => {
    const text = buildSearchText({
      reference: "TRL-AB12-CD34",
      candidate,
      resumeText: "Rust and V8",
      noteBodies: ["Strong on WASM"],
    });
    for (const part of ["zoe", "o'brien", "zoe.obrien@example.com", "trl-ab12-cd34", "strong on wasm", "rust and v8"]) {
      expect(text).toContain(part);
    }
  });

  it("cuts the resume, not the notes, when the whole is too long", () => {
    const text = buildSearchText({
      reference: "TRL-1",
      candidate,
      resumeText: "r".repeat(MAX_SEARCH_TEXT_CHARS),
      noteBodies: ["keep this note"],
    });
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

describe("buildSearchKeys", () => {
  it("holds the names, email and reference, normalized, and nothing of the resume", () => {
    const candidate = { firstName: "Zoë", lastName: "O'Brien", preferredName: "Zo", email: "Zoe.OBrien@Example.com" };
    expect(buildSearchKeys({ reference: "TRL-AB12-CD34", candidate })).toBe(
      "zoe o'brien zo zoe.obrien@example.com trl-ab12-cd34",
    );
  });

  it("is the start of the search text, so a migration can take it from there", () => {
    const candidate = { firstName: "Ada", lastName: "Lovelace", preferredName: null, email: "ada@example.com" };
    const keys = buildSearchKeys({ reference: "TRL-1", candidate });
    expect(
      buildSearchText({ reference: "TRL-1", candidate, resumeText: "Engines", noteBodies: ["Note"] }).startsWith(
        `${keys} `,
      ),
    ).toBe(true);
  });
});

describe("buildSearchWords", () => {
  it("keeps each run of letters and digits once, in any script", () => {
    expect(wordsOf("io_uring c++ 40% ada.lovelace.12@example.com")).toEqual([
      "io",
      "uring",
      "c",
      "40",
      "ada",
      "lovelace",
      "12",
      "example",
      "com",
    ]);
    expect(buildSearchWords("rust go rust 日本語 ivanova", "")).toEqual(["rust", "go", "日本語", "ivanova"]);
    expect(buildSearchWords("", "")).toEqual([]);
  });

  it("adds the beginnings (two characters or more) of the names, email and reference", () => {
    expect(buildSearchWords("ada lovelace a.l@x.io trl-12 engines", "ada lovelace a.l@x.io trl-12")).toEqual([
      ...["ada", "lovelace", "a", "l", "x", "io", "trl", "12", "engines"],
      ...["ad", "lo", "lov", "love", "lovel", "lovela", "lovelac", "tr"],
    ]);
    expect(buildSearchWords("zoë", "日本語")).toEqual(["zoë", "日本", "日本語"]);
  });
});
