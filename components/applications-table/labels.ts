import type { BadgeVariant } from "@/components/ui/badge";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { SortField } from "@/lib/applications-table/view-schema";

export { SOURCE_LABELS } from "@/components/pipeline/card-labels";

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  ACTIVE: "Active",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  HIRED: "Hired",
};

export const STATUS_VARIANTS: Record<ApplicationStatus, BadgeVariant> = {
  ACTIVE: "info",
  REJECTED: "neutral",
  WITHDRAWN: "neutral",
  HIRED: "success",
};

export const SORT_LABELS: Record<SortField, string> = {
  appliedAt: "Applied",
  name: "Candidate",
  stage: "Stage",
  lastActivity: "Last activity",
};

// A fixed locale and time zone: the server and the browser must print the same date.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export const formatDate = (date: Date | string) => DATE.format(new Date(date));

export const applicationCount = (count: number) =>
  `${count.toLocaleString("en-US")} application${count === 1 ? "" : "s"}`;
