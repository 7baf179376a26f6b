import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import type { BoardCard } from "@/lib/pipeline/board-types";

export const SOURCE_LABELS: Record<ApplicationSource, string> = {
  CAREERS_SITE: "Careers site",
  JOB_BOARD_API: "Job board",
  REFERRAL: "Referral",
  AGENCY: "Agency",
  SOURCED: "Sourced",
};

// A fixed locale and time zone: the server and the browser must print the same date.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatAppliedDate(iso: string): string {
  return DATE.format(new Date(iso));
}

export function candidateName(card: Pick<BoardCard, "firstName" | "lastName">): string {
  return `${card.firstName} ${card.lastName}`.trim();
}

export const peopleCount = (count: number) => (count === 1 ? "1 candidate" : `${count} candidates`);
