import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo } from "@/lib/auth/permissions";
import { MENTION_NOTIFICATION_KIND } from "@/lib/candidates/add-note";
import { CANDIDATE_WITHDREW_NOTIFICATION_KIND } from "@/lib/candidate-rights/withdraw-application";
import { db } from "@/lib/db";
import { preferredFullName } from "@/lib/format/names";
import { applicationNotePath, applicationProfilePath } from "@/lib/paths/applications";

const PAGE_SIZE = 50;

type MentionPayload = { applicationId?: unknown; noteId?: unknown; authorId?: unknown };

/**
 * The signed-in person's own notifications, newest first. Names are read now (not copied into
 * the payload), and only for applications the person may still see.
 */
export async function listNotifications({ actor }: { actor: Actor }) {
  const rows = await db.notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE,
    select: { id: true, kind: true, payload: true, readAt: true, createdAt: true },
  });
  const payloads = rows.map((row) => (row.payload ?? {}) as MentionPayload);
  const applicationIds = [
    ...new Set(
      payloads.flatMap((payload) => (typeof payload.applicationId === "string" ? [payload.applicationId] : [])),
    ),
  ];
  const authorIds = [
    ...new Set(payloads.flatMap((payload) => (typeof payload.authorId === "string" ? [payload.authorId] : []))),
  ];
  // Sequential (not Promise.all) for the embedded PGlite server: see load-candidate-profile-view.ts.
  const applications = await db.application.findMany({
    where: { AND: [{ id: { in: applicationIds } }, applicationsVisibleTo(actor)] },
    select: {
      id: true,
      job: { select: { title: true } },
      candidate: { select: { firstName: true, lastName: true, preferredName: true } },
    },
  });
  const authors = await db.user.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, name: true, email: true },
  });

  return rows.map((row, index) => {
    const payload = payloads[index] ?? {};
    const application = applications.find((candidate) => candidate.id === payload.applicationId);
    const author = authors.find((candidate) => candidate.id === payload.authorId);
    return {
      id: row.id,
      kind: row.kind,
      isMention: row.kind === MENTION_NOTIFICATION_KIND,
      isCandidateWithdrawal: row.kind === CANDIDATE_WITHDREW_NOTIFICATION_KIND,
      createdAt: row.createdAt,
      readAt: row.readAt,
      authorName: author ? (author.name ?? author.email) : null,
      candidateName: application ? preferredFullName(application.candidate) : null,
      jobTitle: application?.job.title ?? null,
      href: application ? notificationHref(row.kind, application.id, payload) : null,
    };
  });
}

function notificationHref(kind: string, applicationId: string, payload: MentionPayload): string | null {
  if (kind === CANDIDATE_WITHDREW_NOTIFICATION_KIND) return applicationProfilePath(applicationId);
  return typeof payload.noteId === "string" ? applicationNotePath(applicationId, payload.noteId) : null;
}

export type NotificationView = Awaited<ReturnType<typeof listNotifications>>[number];

export async function countUnreadNotifications({ actor }: { actor: Actor }): Promise<number> {
  return db.notification.count({ where: { userId: actor.userId, readAt: null } });
}
