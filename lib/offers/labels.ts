// Words for offers, shared by the staff screens, the candidate's page, the letter and emails.
import type { ExportReviewOutcome, OfferApprovalDecision, OfferStatus, SalaryUnit } from "@/lib/generated/prisma/enums";
import { SALARY_UNIT_LABELS } from "@/lib/jobs/job-labels";

export { EMPLOYMENT_TYPE_LABELS, SALARY_UNIT_LABELS as PAY_PERIOD_LABELS } from "@/lib/jobs/job-labels";

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  DRAFT: "Draft",
  PENDING_APPROVAL: "Waiting for approval",
  APPROVED: "Approved, not released",
  RELEASED: "Released to the candidate",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  EXPIRED: "Expired",
  WITHDRAWN: "Withdrawn",
};

export const EXPORT_REVIEW_OUTCOME_LABELS: Record<ExportReviewOutcome, string> = {
  NO_LICENCE_NEEDED: "No licence needed",
  CONDITIONAL_ON_LICENCE: "Offer conditional on a licence",
  LICENCE_OBTAINED: "Licence obtained",
};

export const APPROVAL_DECISION_LABELS: Record<OfferApprovalDecision, string> = {
  APPROVED: "Approved",
  SENT_BACK: "Sent back",
};

/** "USD 185,000 per year": whole units, grouped, with the ISO code (no symbol guessing). */
export function formatBasePay(amount: number, currency: string, period: SalaryUnit): string {
  return `${currency} ${new Intl.NumberFormat("en-US").format(amount)} ${SALARY_UNIT_LABELS[period]}`;
}

/** A calendar date stored at UTC midnight, as "March 2, 2027" whatever the reader's zone. */
export function formatOfferDate(date: Date): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(date);
}
