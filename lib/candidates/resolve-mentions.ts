import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, can } from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findMentions, mentionHandle, mentionToken } from "./mention-syntax";

export type MentionedUser = { id: string; name: string | null; email: string };

const staffSelect = { id: true, name: true, email: true, role: true } as const;

/**
 * Resolves the mentions of a note body to active staff and rewrites each to a token. Refuses
 * (VALIDATION, naming the mention) an unknown or ambiguous handle and anyone who may not see
 * the application: a mention must never show someone a candidate they are not meant to see.
 */
export async function resolveMentions(tx: DbTransaction, body: string, applicationId: string) {
  const matches = findMentions(body);
  if (matches.length === 0) return { body, mentioned: [] as MentionedUser[], unmatchedHandles: [] as string[] };

  const ids = [...new Set(matches.flatMap((match) => (match.kind === "token" ? [match.userId] : [])))];
  const handles = [...new Set(matches.flatMap((match) => (match.kind === "handle" ? [match.handle] : [])))];
  const staff = await tx.user.findMany({
    where: {
      active: true,
      OR: [
        { id: { in: ids } },
        ...handles.map((handle) => ({ email: { startsWith: `${handle}@`, mode: "insensitive" as const } })),
      ],
    },
    select: staffSelect,
  });

  const resolved = new Map<string, (typeof staff)[number]>();
  const unmatchedHandles = new Set<string>();
  let rewritten = "";
  let cursor = 0;
  for (const match of matches) {
    let person: (typeof staff)[number] | undefined;
    if (match.kind === "token") {
      person = staff.find((user) => user.id === match.userId);
      if (!person) refuse(`${match.label} is not an active staff member, so they cannot be mentioned.`);
    } else {
      const found = staff.filter((user) => mentionHandle(user.email) === match.handle);
      // A handle that names nobody may be an ordinary "@" in the text: keep it as typed and
      // tell the author nobody was notified for it.
      if (found.length === 0) {
        unmatchedHandles.add(match.handle);
        continue;
      }
      if (found.length > 1)
        refuse(`@${match.handle} matches more than one person: pick the right one from the suggestions.`);
      person = found[0];
    }
    if (!person) continue;
    resolved.set(person.id, person);
    rewritten += body.slice(cursor, match.start) + mentionToken(person.name ?? person.email, person.id);
    cursor = match.end;
  }
  rewritten += body.slice(cursor);

  for (const person of resolved.values()) {
    const asActor: Actor = { userId: person.id, role: person.role, email: person.email, name: person.name };
    const visible =
      can(asActor, "application.read") &&
      (await tx.application.count({ where: { AND: [{ id: applicationId }, applicationsVisibleTo(asActor)] } })) > 0;
    if (!visible)
      refuse(`${person.name ?? person.email} cannot see this application, so they cannot be mentioned on it.`);
  }
  return {
    body: rewritten,
    mentioned: [...resolved.values()].map(({ id, name, email }) => ({ id, name, email })),
    unmatchedHandles: [...unmatchedHandles],
  };
}

function refuse(message: string): never {
  throw new AppError("VALIDATION", message, { body: [message] });
}
