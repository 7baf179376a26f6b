import type { MentionableStaff } from "@/lib/candidates/list-mentionable-staff";
import { mentionToken } from "@/lib/candidates/mention-syntax";

const MAX_SUGGESTIONS = 6;

/**
 * The "@fragment" being typed just before the caret, or null when the caret is not in one. It
 * may hold one space, so "@Jane Do" narrows to Jane Doe.
 */
export function activeMentionQuery(text: string, caret: number): { query: string; start: number } | null {
  const match = /(^|[^\w.@])@([\p{L}\p{N}._+-]{0,40}(?: [\p{L}\p{N}._+-]{0,40})?)$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2] ?? "";
  return { query, start: caret - query.length - 1 };
}

export function mentionSuggestions(staff: MentionableStaff[], query: string): MentionableStaff[] {
  const needle = query.toLowerCase();
  return staff
    .filter(
      (person) =>
        person.name
          .toLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith(needle)) ||
        person.handle.startsWith(needle) ||
        person.name.toLowerCase().startsWith(needle),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** The text with the "@fragment" at [start, caret) replaced by the person's token. */
export function insertMention(text: string, start: number, caret: number, person: MentionableStaff) {
  const token = `${mentionToken(person.name, person.id)} `;
  return { text: text.slice(0, start) + token + text.slice(caret), caret: start + token.length };
}
