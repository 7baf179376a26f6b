import type { ErasureSource, ErasureStatus } from "@/lib/generated/prisma/enums";

export const ERASURE_SOURCE_LABELS: Record<ErasureSource, string> = {
  CANDIDATE: "The candidate asked",
  RETENTION: "Retention policy",
  STAFF: "An admin asked",
};

export const ERASURE_STATUS_LABELS: Record<ErasureStatus, string> = {
  PENDING: "Pending",
  ON_HOLD: "On legal hold",
  COMPLETED: "Done",
};
