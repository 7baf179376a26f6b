// An application's state in the words a candidate would use (never internal stage names).
type StatusInput = { status: "ACTIVE" | "REJECTED" | "WITHDRAWN" | "HIRED"; stageKind: "APPLIED" | "SCREEN" | "INTERVIEW" | "OFFER" | "HIRED" };

export type CandidateStatus = { label: string; explanation: string };

export function candidateStatus({ status, stageKind }: StatusInput): CandidateStatus {
  if (status === "WITHDRAWN") return { label: "Withdrawn", explanation: "You withdrew this application." };
  if (status === "REJECTED" || status === "HIRED") {
    return { label: "Decision made", explanation: "A decision has been made; we have written to you with the details." };
  }
  switch (stageKind) {
    case "APPLIED":
      return { label: "Received", explanation: "Your application is with us and waiting for a recruiter's review." };
    case "SCREEN":
      return { label: "Under review", explanation: "The hiring team is reviewing your application." };
    case "INTERVIEW":
    case "OFFER":
    case "HIRED":
      return { label: "Interviewing", explanation: "You are in the interview process; we will contact you about each step." };
  }
}
