import { describe, expect, it } from "vitest";
import { applicationsWhere, searchTerms } from "./applications-where";
import { parseApplicationsView } from "./view-schema";

describe("searchTerms", () => {
  it("normalizes like the stored search text, drops repeats and caps the count", () => {
    expect(searchTerms("  Zoë   ZOE o'brien ")).toEqual(["zoe", "o'brien"]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(searchTerms(undefined)).toEqual([]);
  });
});

describe("applicationsWhere", () => {
  it("adds nothing for the default view, and one condition per search word", () => {
    expect(applicationsWhere(parseApplicationsView({}))).toEqual([]);
    expect(applicationsWhere(parseApplicationsView({ q: "ada 50%" }))).toEqual([
      { searchWords: { has: "ada" } },
      {
        OR: [
          { searchKeys: { contains: "50\\%" } },
          { AND: [{ searchWords: { hasEvery: ["50"] } }, { searchText: { contains: "50\\%" } }] },
        ],
      },
    ]);
  });

  it("reads a choice by its option's label or id", () => {
    const question = { id: 5, type: "MULTI_SELECT" as const, options: [{ id: 41, label: "Postgres" }] };
    const expected = [{ answers: { some: { questionId: 5, value: { array_contains: [41] } } } }];
    expect(applicationsWhere(parseApplicationsView({ question: "5", answer: "postgres" }), question)).toEqual(expected);
    expect(applicationsWhere(parseApplicationsView({ question: "5", answer: "41" }), question)).toEqual(expected);
  });

  it("matches nothing for an answer filter whose question is unknown or whose answer cannot be", () => {
    const view = parseApplicationsView({ question: "5", answer: "maybe" });
    expect(applicationsWhere(view, null)).toEqual([{ id: { in: [] } }]);
    expect(applicationsWhere(view, { id: 5, type: "YES_NO", options: [] })).toEqual([{ id: { in: [] } }]);
    expect(applicationsWhere(view, { id: 5, type: "SINGLE_SELECT", options: [{ id: 1, label: "Yes" }] })).toEqual([
      { id: { in: [] } },
    ]);
    expect(applicationsWhere(view, { id: 5, type: "SHORT_TEXT", options: [] })).toEqual([
      { answers: { some: { questionId: 5, value: { path: [], string_contains: "maybe", mode: "insensitive" } } } },
    ]);
  });
});
