import { describe, expect, it } from "vitest";
import { findMentions, mentionHandle, mentionToken, splitNoteBody } from "./mention-syntax";

describe("findMentions", () => {
  it("finds tokens and typed handles", () => {
    const body = "Thanks @[Jane Doe](clxjane01), and @bob.smith. Ask @sam_o+ops too";
    const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
    expect(findMentions(body)).toEqual([
      { kind: "token", label: "Jane Doe", userId: "clxjane01", ...at("@[Jane Doe](clxjane01)") },
      { kind: "handle", handle: "bob.smith", ...at("@bob.smith") },
      { kind: "handle", handle: "sam_o+ops", ...at("@sam_o+ops") },
    ]);
  });

  it("does not take an email address for a mention", () => {
    expect(findMentions("write to ada@example.com or a.b@c.io")).toEqual([]);
  });

  it("lower-cases handles", () => {
    expect(findMentions("@Jane.Doe")).toMatchObject([{ kind: "handle", handle: "jane.doe" }]);
  });
});

describe("mentionToken", () => {
  it("builds a token that parses back to the same person", () => {
    const token = mentionToken("Jane [ops]\nDoe", "clxjane01");
    expect(token).toBe("@[Jane ops Doe](clxjane01)");
    expect(findMentions(token)).toMatchObject([{ kind: "token", userId: "clxjane01", label: "Jane ops Doe" }]);
  });
});

describe("splitNoteBody", () => {
  it("splits text and mentions, keeping markup-like text as text", () => {
    expect(splitNoteBody("<b>hi</b> @[Jane](u1)!")).toEqual([
      { kind: "text", text: "<b>hi</b> " },
      { kind: "mention", userId: "u1", label: "Jane" },
      { kind: "text", text: "!" },
    ]);
  });
});

describe("mentionHandle", () => {
  it("is the lower-cased local part", () => {
    expect(mentionHandle("Jane.Doe@Example.com")).toBe("jane.doe");
  });
});
