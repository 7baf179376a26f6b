import "server-only";
import type { DbTransaction } from "@/lib/db";
import type { AccommodationStatus } from "@/lib/generated/prisma/enums";

export type AccommodationTimelineEntry =
  | { kind: "note"; id: string; at: Date; author: string; body: string }
  | { kind: "status"; id: string; at: Date; author: string; from: AccommodationStatus; to: AccommodationStatus }
  | { kind: "arrangement"; id: string; at: Date; author: string; cleared: boolean };

// Status and arrangement changes are read back from the audit log, which records them anyway:
// one source of truth instead of a second history table.
const CHANGE_ACTIONS = ["accommodation.statusChanged", "accommodation.panelArrangementChanged"];

/** Notes (the coordinators' and the candidate's own updates) and changes, newest first. */
export async function loadAccommodationTimeline(
  tx: DbTransaction,
  requestId: string,
  applicationId: string,
): Promise<AccommodationTimelineEntry[]> {
  // One after the other: a transaction's connection runs one query at a time.
  const notes = await tx.accommodationNote.findMany({
    where: { requestId },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  const changes = await tx.auditEvent.findMany({
    where: {
      subjectType: "application",
      subjectId: applicationId,
      action: { in: CHANGE_ACTIONS },
      metadata: { path: ["accommodationRequestId"], equals: requestId },
    },
    select: { id: true, action: true, actorId: true, metadata: true, createdAt: true },
  });
  const actorIds = [...new Set(changes.flatMap((change) => (change.actorId ? [change.actorId] : [])))];
  const actors = await tx.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = (id: string | null) => {
    const user = actors.find((candidate) => candidate.id === id);
    return user ? (user.name ?? user.email) : "Trellis";
  };

  const entries: AccommodationTimelineEntry[] = [
    ...notes.map((note): AccommodationTimelineEntry => ({
      kind: "note",
      id: note.id,
      at: note.createdAt,
      // No author: the candidate wrote it from their status page.
      author: note.author ? (note.author.name ?? note.author.email) : "The candidate",
      body: note.body,
    })),
    ...changes.map((change): AccommodationTimelineEntry => {
      const metadata = (change.metadata ?? {}) as {
        from?: AccommodationStatus;
        to?: AccommodationStatus;
        cleared?: boolean;
      };
      return change.action === "accommodation.statusChanged"
        ? {
            kind: "status",
            id: change.id,
            at: change.createdAt,
            author: nameOf(change.actorId),
            from: metadata.from ?? "NEW",
            to: metadata.to ?? "NEW",
          }
        : {
            kind: "arrangement",
            id: change.id,
            at: change.createdAt,
            author: nameOf(change.actorId),
            cleared: Boolean(metadata.cleared),
          };
    }),
  ];
  // Ids break ties: two entries in one millisecond (a note and a status change saved together)
  // come back from the database in no defined order. Ids are cuids, increasing within a process.
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
