// How long a private status link works (docs/decisions/0016-candidate-status-link.md). Pure, so
// the status page, the holder check and their tests agree on one rule.
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** Days a status link keeps working after its application closes (rejected, withdrawn, hired). */
export const STATUS_LINK_DAYS_AFTER_CLOSE = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a status link stops working: never while the application is open; otherwise 90 days after
 * the later of its close and the link's sending, so a fresh link asked for long after the close
 * still works for 90 days (the candidate can always get one by email).
 */
export function statusLinkExpiresAt({
  status,
  closedAt,
  issuedAt,
}: {
  status: ApplicationStatus;
  closedAt: Date;
  issuedAt: Date;
}): Date | null {
  if (status === "ACTIVE") return null;
  return new Date(Math.max(closedAt.getTime(), issuedAt.getTime()) + STATUS_LINK_DAYS_AFTER_CLOSE * DAY_MS);
}
