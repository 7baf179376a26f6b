import type { EmailStatus } from "@/lib/generated/prisma/enums";

export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  PENDING: "Queued",
  SENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
  CAPTURED: "Kept in the development mailbox",
};
