// Audit log labels shared by its filters and its table.
import type { AUDIT_ACTOR_TYPES } from "./schema";

/** Who acted, as the filter offers it (plural) and as a row without a staff member shows it. */
export const AUDIT_ACTOR_TYPE_LABELS: Record<(typeof AUDIT_ACTOR_TYPES)[number], { filter: string; row: string }> = {
  staff: { filter: "Staff", row: "Unknown staff member" },
  candidate: { filter: "Candidates", row: "Candidate" },
  system: { filter: "The system", row: "System" },
  apiToken: { filter: "API tokens", row: "API token" },
};
