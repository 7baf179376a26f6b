/** Kept only for decision-actions.ts until it imports lib/paths/applications.ts directly. */
export { applicationScorecardsPath as decisionsPath } from "@/lib/paths/applications";
