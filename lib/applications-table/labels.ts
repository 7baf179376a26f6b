import type { SortField } from "./view-schema";

export const SORT_LABELS: Record<SortField, string> = {
  appliedAt: "Applied",
  name: "Candidate",
  stage: "Stage",
  lastActivity: "Last activity",
};

export const applicationCount = (count: number) =>
  `${count.toLocaleString("en-US")} application${count === 1 ? "" : "s"}`;
