// What the self-scheduling tests offer: a week of days from 8 days ahead (past any cut-off), in UTC.
import { wallTimeOf } from "@/lib/interviews/wall-time";
import type { OfferSlotsFormValues } from "@/lib/self-scheduling/schema";

const DAY_MS = 24 * 60 * 60 * 1000;

export const daysAhead = (days: number) => wallTimeOf(new Date(Date.now() + days * DAY_MS), "UTC").date;

export function offerFormValues(
  panelUserIds: string[],
  overrides: Partial<OfferSlotsFormValues> = {},
): OfferSlotsFormValues {
  return {
    planItemId: "",
    title: "Systems design",
    durationMinutes: "60",
    timeZone: "UTC",
    firstDay: daysAhead(8),
    lastDay: daysAhead(14),
    location: "",
    videoUrl: "https://meet.example.test/self-scheduled",
    panelUserIds,
    ...overrides,
  };
}
