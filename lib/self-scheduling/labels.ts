// How self-scheduling values read on screens and in emails.
import type { SlotOfferStatus } from "@/lib/generated/prisma/enums";

/** Index = JavaScript's getDay(): 0 is Sunday. Listed Monday first where people pick them. */
export const WEEKDAY_LABELS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export const SLOT_OFFER_STATUS_LABELS: Record<SlotOfferStatus, string> = {
  OPEN: "Waiting for the candidate",
  BOOKED: "Booked",
  WITHDRAWN: "Withdrawn",
};
