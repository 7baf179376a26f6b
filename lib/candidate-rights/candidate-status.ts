// An application's state in the words a candidate would use: four states, never internal stage
// names or a recruiter's reason for a rejection.
import type { ApplicationStatus, StageKind } from "@/lib/generated/prisma/enums";

export type CandidateState = "RECEIVED" | "UNDER_REVIEW" | "INTERVIEWING" | "DECISION_MADE";

/** Which explanation applies: the status page says it in the candidate's language (status.json). */
export type CandidateExplanation =
  "withdrawn" | "rejected" | "hired" | "finalSteps" | "interviewing" | "underReview" | "received";

export type CandidateStatus = {
  state: CandidateState;
  label: string;
  /** For a decision: what was decided, in plain words ("Not selected", "Hired", "Withdrawn by you"). */
  outcome: string | null;
  explanation: string;
  explanationKey: CandidateExplanation;
  /** The outcome's key (a decision's explanation key), null while the application is open. */
  outcomeKey: "withdrawn" | "rejected" | "hired" | null;
};

type StatusInput = {
  status: ApplicationStatus;
  stageKind: StageKind;
  /** A SCHEDULED (not cancelled) interview exists for the application. */
  hasScheduledInterview?: boolean;
};

const LABELS: Record<CandidateState, string> = {
  RECEIVED: "Received",
  UNDER_REVIEW: "Under review",
  INTERVIEWING: "Interviewing",
  DECISION_MADE: "Decision made",
};

export function candidateStatus({ status, stageKind, hasScheduledInterview = false }: StatusInput): CandidateStatus {
  const make = (
    state: CandidateState,
    explanationKey: CandidateExplanation,
    explanation: string,
    outcome: string | null = null,
  ): CandidateStatus => ({
    state,
    label: LABELS[state],
    outcome,
    explanation,
    explanationKey,
    outcomeKey:
      explanationKey === "withdrawn" || explanationKey === "rejected" || explanationKey === "hired"
        ? explanationKey
        : null,
  });
  switch (status) {
    case "WITHDRAWN":
      return make(
        "DECISION_MADE",
        "withdrawn",
        "You withdrew this application. Nobody will contact you about it any more.",
        "Withdrawn by you",
      );
    case "REJECTED":
      return make(
        "DECISION_MADE",
        "rejected",
        "We have decided not to move forward with your application for this role. Thank you for the time you gave us.",
        "Not selected",
      );
    case "HIRED":
      return make(
        "DECISION_MADE",
        "hired",
        "You have been hired for this role. Your recruiter will be in touch about next steps.",
        "Hired",
      );
    case "ACTIVE":
      break;
  }
  if (stageKind === "OFFER" || stageKind === "HIRED") {
    return make(
      "INTERVIEWING",
      "finalSteps",
      "You are in the final steps of the process; we will contact you directly about each step.",
    );
  }
  if (hasScheduledInterview || stageKind === "INTERVIEW") {
    return make(
      "INTERVIEWING",
      "interviewing",
      "You are in the interview process; we will contact you about each step.",
    );
  }
  if (stageKind === "SCREEN")
    return make("UNDER_REVIEW", "underReview", "The hiring team is reviewing your application.");
  return make("RECEIVED", "received", "Your application is with us and waiting for a recruiter's review.");
}
