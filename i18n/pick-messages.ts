import type { MessageTree, Messages } from "./read-messages";

/**
 * The part of a language's messages named by `paths` ("apply" a namespace, "careers.list" one
 * group in it), nested as in the whole so useTranslations finds them where it always does. An
 * unknown path throws: a typo would otherwise show message keys to candidates.
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: MessageTree | string | undefined = messages;
    let target: MessageTree = picked;
    keys.forEach((key, index) => {
      source = typeof source === "object" ? source[key] : undefined;
      if (source === undefined) throw new Error(`No messages at "${path}"`);
      if (index === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as MessageTree;
    });
  }
  return picked;
}
