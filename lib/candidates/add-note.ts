import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { noteMentionEmail } from "@/lib/email/templates/note-mention";
import { preferredFullName } from "@/lib/format/names";
import { applicationNotePath } from "@/lib/paths/applications";
import { refreshApplicationSearchText } from "@/lib/search/search-text";
import { absoluteUrl } from "@/lib/utils/absolute-url";
import { resolveMentions } from "./resolve-mentions";
import { parseInput } from "./parse-input";
import { noteSchema } from "./schema";

export const MENTION_NOTIFICATION_KIND = "note.mention";

export type MentionNotificationPayload = { applicationId: string; noteId: string; authorId: string };

/**
 * Adds a plain-text note to an application. Each person @mentioned (see mention-syntax.ts) gets
 * a notification and an email with a link; the caller delivers `emailIds` after the response.
 */
export async function addNote({ actor, applicationId, body }: { actor: Actor; applicationId: string; body: string }) {
  const input = parseInput(noteSchema, { body });
  await authorizeApplications(db, actor, "application.note", [applicationId]);

  return db.$transaction(async (tx) => {
    const { body: storedBody, mentioned, unmatchedHandles } = await resolveMentions(tx, input.body, applicationId);
    const note = await tx.note.create({
      data: {
        applicationId,
        authorId: actor.userId,
        body: storedBody,
        mentions: { create: mentioned.map((person) => ({ userId: person.id })) },
      },
      select: {
        id: true,
        application: { select: { candidate: { select: { firstName: true, lastName: true, preferredName: true } } } },
      },
    });

    // Nobody needs telling that they mentioned themselves.
    const recipients = mentioned.filter((person) => person.id !== actor.userId);
    const payload: MentionNotificationPayload = { applicationId, noteId: note.id, authorId: actor.userId };
    await tx.notification.createMany({
      data: recipients.map((person) => ({ userId: person.id, kind: MENTION_NOTIFICATION_KIND, payload })),
    });

    const emailIds: string[] = [];
    for (const person of recipients) {
      const email = noteMentionEmail({
        recipientName: person.name ?? person.email,
        authorName: actor.name ?? actor.email,
        candidateName: preferredFullName(note.application.candidate),
        profileUrl: absoluteUrl(applicationNotePath(applicationId, note.id)),
      });
      // To staff, not to the candidate: no applicationId/candidateId, so it stays off the
      // candidate's timeline.
      emailIds.push(await enqueueEmail(tx, { to: person.email, ...email, template: "note-mention" }));
    }

    await refreshApplicationSearchText(tx, applicationId);
    return { noteId: note.id, mentionedUserIds: recipients.map((person) => person.id), unmatchedHandles, emailIds };
  });
}
