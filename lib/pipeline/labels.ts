// The words (and badge tones) for an application's status and source, on every screen and in every export.
import type { ApplicationSource, ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/utils/tone";

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  ACTIVE: "Active",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  HIRED: "Hired",
};

/** Closed applications stay quiet (a rejection is an outcome, not an error); only a hire stands out. */
export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, Tone> = {
  ACTIVE: "info",
  REJECTED: "neutral",
  WITHDRAWN: "neutral",
  HIRED: "success",
};

export const APPLICATION_SOURCE_LABELS: Record<ApplicationSource, string> = {
  CAREERS_SITE: "Careers site",
  JOB_BOARD_API: "Job board",
  REFERRAL: "Referral",
  AGENCY: "Agency",
  SOURCED: "Sourced",
};

export const peopleCount = (count: number) => (count === 1 ? "1 candidate" : `${count} candidates`);
