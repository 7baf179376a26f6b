import "server-only";
import { db } from "@/lib/db";
import type { InterviewAuditMetadata, InterviewChange } from "./interview-audit";

export type { InterviewChange } from "./interview-audit";

const CHANGES: Record<string, InterviewChange> = {
  "interview.scheduled": "scheduled",
  "interview.rescheduled": "rescheduled",
  "interview.cancelled": "cancelled",
};

function isMetadata(value: unknown): value is InterviewAuditMetadata {
  const data = value as Partial<InterviewAuditMetadata> | null;
  return (
    typeof data?.title === "string" &&
    typeof data.startsAt === "string" &&
    typeof data.timeZone === "string" &&
    typeof data.durationMinutes === "number"
  );
}

/**
 * An application's scheduling history for its timeline (newest first), from the audit events
 * the scheduling functions record. The caller has already checked the application is visible.
 */
export async function listInterviewChanges(applicationId: string, limit: number) {
  const events = await db.auditEvent.findMany({
    where: { subjectType: "application", subjectId: applicationId, action: { in: Object.keys(CHANGES) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, action: true, actorId: true, metadata: true },
  });
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(actors.map((user) => [user.id, user.name ?? user.email]));
  return events.flatMap((event) => {
    const change = CHANGES[event.action];
    if (!change || !isMetadata(event.metadata)) return [];
    const { title, startsAt, durationMinutes, timeZone } = event.metadata;
    return [
      {
        id: event.id,
        at: event.createdAt,
        actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
        change,
        title,
        startsAt: new Date(startsAt),
        durationMinutes,
        timeZone,
      },
    ];
  });
}
