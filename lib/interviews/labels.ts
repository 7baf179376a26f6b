import type { Tone } from "@/lib/utils/tone";
import type { MyScorecardState } from "./list-my-interviews";

/** The state of an interviewer's own scorecard, as their interview list shows it. */
export const MY_SCORECARD_STATE_LABELS: Record<MyScorecardState, { text: string; tone: Tone }> = {
  NOT_STARTED: { text: "Scorecard not started", tone: "neutral" },
  DRAFT: { text: "Scorecard draft", tone: "info" },
  SUBMITTED: { text: "Scorecard submitted", tone: "success" },
};
