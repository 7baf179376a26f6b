import type { ApplicationSource, ApplicationStatus, EmailStatus } from "@/lib/generated/prisma/enums";
import type { BadgeVariant } from "@/components/ui/badge";

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  ACTIVE: "Active",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  HIRED: "Hired",
};

export const STATUS_BADGES: Record<ApplicationStatus, BadgeVariant> = {
  ACTIVE: "brand",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
  HIRED: "success",
};

export const SOURCE_LABELS: Record<ApplicationSource, string> = {
  CAREERS_SITE: "Careers site",
  JOB_BOARD_API: "Job board",
  REFERRAL: "Referral",
  AGENCY: "Agency",
  SOURCED: "Sourced",
};

export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  PENDING: "Queued",
  SENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
  CAPTURED: "Kept in the development mailbox",
};

// Fixed locale and time zone: the same instant reads the same on every server and in every test.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTime = (date: Date) => `${dateTime.format(date)} UTC`;
export const formatDate = (date: Date) => dateOnly.format(date);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
