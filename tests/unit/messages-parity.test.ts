// Every language has every message: a missing German key fails here instead of falling back
// to English (or to the key's name) on a candidate's screen.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { MESSAGES_DIR, readMessages, type MessageTree } from "@/i18n/read-messages";

/** "careers.header.title" → its text, for every leaf. */
function leaves(tree: MessageTree, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") for (const entry of leaves(value, name)) found.set(...entry);
    else found.set(name, value);
  }
  return found;
}

/** The {placeholders} and <tags> a message expects its caller to fill. */
function argumentsOf(text: string): string[] {
  // Not a plural's branches ("one {Office}"): their text is translated, not filled in.
  const placeholder = /(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*([A-Za-z0-9_]+)\s*[,}]/g;
  const names = [...text.matchAll(placeholder), ...text.matchAll(/<([A-Za-z0-9_]+)>/g)];
  return [...new Set(names.map((match) => match[1] ?? ""))].sort();
}

describe("messages", () => {
  it("every language has the same files", async () => {
    const [english, ...others] = await Promise.all(
      LOCALES.map(async (locale) => (await readdir(path.join(MESSAGES_DIR, locale))).sort()),
    );
    for (const files of others) expect(files).toEqual(english);
  });

  it("every language has every key, as non-empty text with the same placeholders", async () => {
    const [english = new Map(), ...others] = await Promise.all(
      LOCALES.map(async (locale) => leaves((await readMessages(locale)) as MessageTree)),
    );
    expect(english.size).toBeGreaterThan(0);
    for (const [index, messages] of others.entries()) {
      const locale = LOCALES[index + 1];
      expect([...messages.keys()].sort(), `keys of ${locale}`).toEqual([...english.keys()].sort());
      for (const [key, text] of messages) {
        expect(typeof text === "string" && text.trim() !== "", `${locale} ${key}`).toBe(true);
        expect(argumentsOf(String(text)), `${locale} ${key}`).toEqual(argumentsOf(String(english.get(key))));
      }
    }
  });
});
