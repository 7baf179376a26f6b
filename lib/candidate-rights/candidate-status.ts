// An application's state in the words a candidate would use: four states, never internal stage
// names or a recruiter's reason for a rejection.
import type { ApplicationStatus, StageKind } from "@/lib/generated/prisma/enums";

export type CandidateState = "RECEIVED" | "UNDER_REVIEW" | "INTERVIEWING" | "DECISION_MADE";

export type CandidateStatus = {
  state: CandidateState;
  label: string;
  /** For a decision: what was decided, in plain words ("Not selected", "Hired", "Withdrawn by you"). */
  outcome: string | null;
  explanation: string;
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
  const make = (state: CandidateState, explanation: string, outcome: string | null = null): CandidateStatus => ({
    state,
    label: LABELS[state],
    outcome,
    explanation,
  });
  switch (status) {
    case "WITHDRAWN":
      return make(
        "DECISION_MADE",
        "You withdrew this application. Nobody will contact you about it any more.",
        "Withdrawn by you",
      );
    case "REJECTED":
      return make(
        "DECISION_MADE",
        "We have decided not to move forward with your application for this role. Thank you for the time you gave us.",
        "Not selected",
      );
    case "HIRED":
      return make(
        "DECISION_MADE",
        "You have been hired for this role. Your recruiter will be in touch about next steps.",
        "Hired",
      );
    case "ACTIVE":
      break;
  }
  if (stageKind === "OFFER" || stageKind === "HIRED") {
    return make(
      "INTERVIEWING",
      "You are in the final steps of the process; we will contact you directly about each step.",
    );
  }
  if (hasScheduledInterview || stageKind === "INTERVIEW") {
    return make("INTERVIEWING", "You are in the interview process; we will contact you about each step.");
  }
  if (stageKind === "SCREEN") return make("UNDER_REVIEW", "The hiring team is reviewing your application.");
  return make("RECEIVED", "Your application is with us and waiting for a recruiter's review.");
}
