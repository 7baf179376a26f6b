import { StageKind } from "../generated/prisma/enums";

/**
 * The pipeline a new job starts with; staff can rename, add and remove stages per job.
 * Rejection and withdrawal are not stages but outcomes (Application.status) with reasons.
 * The kinds drive candidate-facing wording and reports, so reports still work after renames.
 */
export const DEFAULT_STAGES: readonly { name: string; kind: StageKind }[] = [
  { name: "Applied", kind: StageKind.APPLIED },
  { name: "Recruiter screen", kind: StageKind.SCREEN },
  { name: "Hiring manager screen", kind: StageKind.SCREEN },
  { name: "Technical interviews", kind: StageKind.INTERVIEW },
  { name: "Onsite panel", kind: StageKind.INTERVIEW },
  { name: "Offer", kind: StageKind.OFFER },
  { name: "Hired", kind: StageKind.HIRED },
];

/** Rows for a nested `stages: { create: defaultStageRows() }` when a job is created. */
export function defaultStageRows(): { position: number; name: string; kind: StageKind }[] {
  return DEFAULT_STAGES.map((stage, position) => ({ position, name: stage.name, kind: stage.kind }));
}
