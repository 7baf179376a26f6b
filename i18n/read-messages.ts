// Reads a language's messages: every JSON file in messages/<locale>/, each under its file name
// (messages/de/careers.json → the "careers" namespace), so an area adds a file without touching
// the others'. Node only (server code, the worker, tests); no server-only import for the tests.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "./locales";

export type Messages = Record<string, MessageTree>;
export type MessageTree = { [key: string]: string | MessageTree };

export const MESSAGES_DIR = path.join(process.cwd(), "messages");

export async function readMessages(locale: Locale, directory = MESSAGES_DIR): Promise<Messages> {
  const folder = path.join(directory, locale);
  const files = (await readdir(folder)).filter((name) => name.endsWith(".json")).sort();
  const entries = await Promise.all(
    files.map(async (name) => {
      const namespace = name.slice(0, -".json".length);
      return [namespace, JSON.parse(await readFile(path.join(folder, name), "utf8")) as MessageTree] as const;
    }),
  );
  return Object.fromEntries(entries);
}
