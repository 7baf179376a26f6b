import { describe, expect, it } from "vitest";
import { activeMentionQuery, insertMention, mentionSuggestions } from "./mention-query";

const staff = [
  { id: "u1", name: "Jane Doe", email: "jane.doe@x.test", handle: "jane.doe" },
  { id: "u2", name: "Bob Smith", email: "bsmith@x.test", handle: "bsmith" },
];

describe("mention typeahead", () => {
  it("finds the fragment being typed", () => {
    expect(activeMentionQuery("hello @ja", 9)).toEqual({ query: "ja", start: 6 });
    expect(activeMentionQuery("@", 1)).toEqual({ query: "", start: 0 });
    expect(activeMentionQuery("mail bob@x", 10)).toBeNull();
    expect(activeMentionQuery("hello @jane do", 14)).toEqual({ query: "jane do", start: 6 });
    expect(activeMentionQuery("hello @jane doe and", 19)).toBeNull();
  });

  it("suggests by any word of the name or by handle", () => {
    expect(mentionSuggestions(staff, "do").map((person) => person.id)).toEqual(["u1"]);
    expect(mentionSuggestions(staff, "jane d").map((person) => person.id)).toEqual(["u1"]);
    expect(mentionSuggestions(staff, "bsm").map((person) => person.id)).toEqual(["u2"]);
    expect(mentionSuggestions(staff, "")).toHaveLength(2);
  });

  it("replaces the fragment with a token and moves the caret after it", () => {
    const result = insertMention("hi @ja!", 3, 6, staff[0]!);
    expect(result.text).toBe("hi @[Jane Doe](u1) !");
    expect(result.caret).toBe("hi @[Jane Doe](u1) ".length);
  });
});
