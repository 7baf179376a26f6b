import { formatDistanceStrict } from "date-fns";
import type { AccommodationStatus } from "@/lib/generated/prisma/enums";
import type { BadgeVariant } from "@/components/ui/badge";

export { formatDate, formatDateTime } from "@/components/candidate-profile/labels";

/** "3 days ago": how long a request has waited, in words a coordinator scans quickly. */
export function timeAgo(date: Date, now = new Date()): string {
  return `${formatDistanceStrict(date, now)} ago`;
}

export const STATUS_BADGES: Record<AccommodationStatus, BadgeVariant> = {
  NEW: "brand",
  IN_DISCUSSION: "info",
  ARRANGED: "success",
  CLOSED: "neutral",
};
