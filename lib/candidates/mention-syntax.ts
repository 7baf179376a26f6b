// The @mention syntax of notes (docs/decisions/0008-note-mentions-and-duplicates.md):
//   @[Jane Doe](clx1y2z3)   a token, as the typeahead inserts it: display name and user id;
//   @jane.doe               the part before "@" of a staff member's email address, for typing.
// Notes are stored with every mention rewritten to a token, so a rename or a second
// "jane.doe" at another domain never changes whom an old note named.

export type MentionMatch =
  | { kind: "token"; userId: string; label: string; start: number; end: number }
  | { kind: "handle"; handle: string; start: number; end: number };

export type NoteSegment = { kind: "text"; text: string } | { kind: "mention"; userId: string; label: string };

const TOKEN = String.raw`@\[([^\[\]\n]{1,100})\]\(([A-Za-z0-9_-]{1,64})\)`;
// Not preceded by a word character, dot or "@", so "ada@example.com" is not a mention; a
// trailing dot ends the sentence, not the handle.
const HANDLE = String.raw`(?<![\w.@])@([A-Za-z0-9](?:[A-Za-z0-9._+-]*[A-Za-z0-9_+-])?)`;
const MENTION = new RegExp(`${TOKEN}|${HANDLE}`, "g");

export function findMentions(body: string): MentionMatch[] {
  const matches: MentionMatch[] = [];
  for (const match of body.matchAll(MENTION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[2] !== undefined) matches.push({ kind: "token", label: match[1] ?? "", userId: match[2], start, end });
    else matches.push({ kind: "handle", handle: (match[3] ?? "").toLowerCase(), start, end });
  }
  return matches;
}

/** The token for a person; brackets and line breaks are dropped from the name so it parses back. */
export function mentionToken(name: string, userId: string): string {
  const label =
    name
      .replace(/[\[\]\n\r]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 100) || "someone";
  return `@[${label}](${userId})`;
}

/** A stored note body split into text and mentions, for rendering as React text. */
export function splitNoteBody(body: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let cursor = 0;
  for (const match of findMentions(body)) {
    if (match.kind !== "token") continue;
    if (match.start > cursor) segments.push({ kind: "text", text: body.slice(cursor, match.start) });
    segments.push({ kind: "mention", userId: match.userId, label: match.label });
    cursor = match.end;
  }
  if (cursor < body.length) segments.push({ kind: "text", text: body.slice(cursor) });
  return segments;
}

/** The email local part people type after "@". */
export function mentionHandle(email: string): string {
  return (email.split("@")[0] ?? "").toLowerCase();
}
