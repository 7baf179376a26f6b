// Words for offers, shared by the staff screens, the candidate's page, the letter and emails.
import type { ExportReviewOutcome, OfferApprovalDecision, OfferStatus, SalaryUnit } from "@/lib/generated/prisma/enums";
import { SALARY_UNIT_LABELS } from "@/lib/jobs/labels";
import type { Tone } from "@/lib/utils/tone";

export { EMPLOYMENT_TYPE_LABELS, SALARY_UNIT_LABELS as PAY_PERIOD_LABELS } from "@/lib/jobs/labels";

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

export const OFFER_STATUS_TONES: Record<OfferStatus, Tone> = {
  DRAFT: "neutral",
  PENDING_APPROVAL: "warning",
  APPROVED: "info",
  RELEASED: "brand",
  ACCEPTED: "success",
  DECLINED: "danger",
  EXPIRED: "neutral",
  WITHDRAWN: "neutral",
};

/** The offer events the application timeline shows, from the audit log (no terms in any of them). */
export const OFFER_EVENT_LABELS = {
  "offer.drafted": "drafted an offer",
  "offer.termsChanged": "changed the offer's terms",
  "offer.submitted": "submitted the offer for approval",
  "offer.approved": "approved the offer",
  "offer.sentBack": "sent the offer back",
  "offer.approvalRestarted": "changed the job's approvers: approval of the offer starts over",
  "offer.exportReviewed": "completed the export-control review",
  "offer.released": "released the offer to the candidate",
  "offer.withdrawn": "withdrew the offer",
  "offer.accepted": "accepted the offer",
  "offer.declined": "declined the offer",
  "offer.expiryReminded": "reminded the candidate that the offer expires soon",
  "offer.expired": "marked the offer expired",
} as const;
export type OfferEvent = keyof typeof OFFER_EVENT_LABELS;
