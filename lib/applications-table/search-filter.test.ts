import { describe, expect, it } from "vitest";
import { searchTermFilter } from "./search-filter";

describe("searchTermFilter", () => {
  it("finds a word among the text's words and the beginnings of the name, email and reference", () => {
    expect(searchTermFilter("kubernetes")).toEqual({ searchWords: { has: "kubernetes" } });
  });

  it("narrows a term with punctuation by its words, then needs the term as typed in the text", () => {
    expect(searchTermFilter("io_uring")).toEqual({
      OR: [
        { searchKeys: { contains: "io\\_uring" } },
        { AND: [{ searchWords: { hasEvery: ["io", "uring"] } }, { searchText: { contains: "io\\_uring" } }] },
      ],
    });
    expect(searchTermFilter("trl-0000-04d2")).toEqual({
      OR: [
        { searchKeys: { contains: "trl-0000-04d2" } },
        {
          AND: [{ searchWords: { hasEvery: ["trl", "0000", "04d2"] } }, { searchText: { contains: "trl-0000-04d2" } }],
        },
      ],
    });
  });

  it("reads the text itself for a term with no letters or digits", () => {
    expect(searchTermFilter("%")).toEqual({
      OR: [{ searchKeys: { contains: "\\%" } }, { searchText: { contains: "\\%" } }],
    });
  });
});
