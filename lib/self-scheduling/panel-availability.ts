import "server-only";
// What slot computation reads of a panel: each member's hours and days away, and their
// interviews as busy time. Booking locks the members' rows first (lockPanel), so two bookings
// for one person are checked one after the other.
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/format/dates";
import type { Interval, PanelistAvailability } from "./compute-slots";

const MINUTE = 60_000;
// The longest interview (INTERVIEW_LIMITS.maxDuration): one starting this long before a range can still reach into it.
const LONGEST_MS = 480 * MINUTE;

/** Scheduled interviews of these people that overlap `range`, as busy intervals per person. */
export async function busyTimeOf(
  tx: Pick<DbTransaction, "interviewPanelist">,
  userIds: string[],
  range: Interval,
  { exceptInterviewId }: { exceptInterviewId?: string | null } = {},
): Promise<Map<string, Interval[]>> {
  const seats = await tx.interviewPanelist.findMany({
    where: {
      userId: { in: userIds },
      interview: {
        status: "SCHEDULED",
        startsAt: { lt: new Date(range.end), gt: new Date(range.start - LONGEST_MS) },
        ...(exceptInterviewId ? { id: { not: exceptInterviewId } } : {}),
      },
    },
    orderBy: [{ userId: "asc" }, { interviewId: "asc" }],
    select: { userId: true, interview: { select: { startsAt: true, durationMinutes: true } } },
  });
  const busy = new Map<string, Interval[]>(userIds.map((id) => [id, []]));
  for (const seat of seats) {
    const start = seat.interview.startsAt.getTime();
    busy.get(seat.userId)?.push({ start, end: start + seat.interview.durationMinutes * MINUTE });
  }
  return busy;
}

/** Every member's availability with their busy time; refuses a panel with someone who has set none. */
export async function loadPanelAvailability(
  tx: DbTransaction,
  panel: { id: string; name: string | null; email: string }[],
  range: Interval,
): Promise<PanelistAvailability[]> {
  const ids = panel.map((member) => member.id);
  const rows = await tx.interviewerAvailability.findMany({
    where: { userId: { in: ids } },
    orderBy: { userId: "asc" },
    select: {
      userId: true,
      timeZone: true,
      windows: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: { id: "asc" } },
      exceptions: { select: { firstDay: true, lastDay: true }, orderBy: { id: "asc" } },
    },
  });
  const byId = new Map(rows.map((row) => [row.userId, row]));
  const missing = panel.filter((member) => (byId.get(member.id)?.windows.length ?? 0) === 0);
  if (missing.length > 0) {
    const names = missing.map((member) => member.name ?? member.email).join(", ");
    const message = `${names} ${missing.length === 1 ? "has" : "have"} not set their availability in Trellis yet ("My availability"), so no times can be computed.`;
    throw new AppError("VALIDATION", message, { panelUserIds: [message] });
  }
  const busy = await busyTimeOf(tx, ids, range);
  return ids.map((id) => {
    const row = byId.get(id)!;
    return {
      timeZone: row.timeZone,
      windows: row.windows,
      exceptions: row.exceptions.map((e) => ({ firstDay: isoDay(e.firstDay), lastDay: isoDay(e.lastDay) })),
      busy: busy.get(id) ?? [],
    };
  });
}

/**
 * Locks the panel members' rows until the transaction ends, in one order (by id) so two
 * bookings with overlapping panels cannot deadlock. Whoever holds the lock checks and books;
 * the other then sees that interview as busy time.
 */
export async function lockPanel(tx: DbTransaction, userIds: string[]): Promise<void> {
  const ids = [...new Set(userIds)].sort();
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
}
