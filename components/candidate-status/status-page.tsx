import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";
import { ERASURE_DEADLINE_DAYS } from "@/lib/candidate-rights/erasure-policy";
import { formatLongDate } from "@/lib/format/dates";
import { AccommodationSummary } from "./accommodation-summary";
import { OfferSection } from "./offer-section";
import { StatusFrame } from "./status-frame";
import { StatusSummary } from "./status-summary";
import { UpcomingInterviews } from "./upcoming-interviews";
import { WithdrawSection } from "./withdraw-section";
import { YourDataSection } from "./your-data-section";

const DONE_MESSAGES = {
  withdrawn: "You withdrew your application. We sent you a confirmation email.",
  accommodation:
    "Your accommodation request is saved. We sent you a confirmation email, and our coordinator will contact you.",
  erasure: `We received your request to erase your data. We sent you a confirmation email; it will be done within ${ERASURE_DEADLINE_DAYS} days.`,
} as const;

export type DoneMessage = keyof typeof DONE_MESSAGES;

export function isDoneMessage(value: unknown): value is DoneMessage {
  return typeof value === "string" && value in DONE_MESSAGES;
}

/** The private status page: where the application stands and what the candidate can do. */
export function StatusPage({
  view,
  token,
  done,
  interviewBooking,
}: {
  view: ApplicationStatusView;
  token: string;
  done: DoneMessage | null;
  /** Times offered to choose from (components/candidate-status/interview-booking-section.tsx). */
  interviewBooking?: ReactNode;
}) {
  return (
    <StatusFrame
      organizationName={view.organizationName}
      title="Your application"
      subtitle={`${view.jobTitle} · ${view.organizationName}`}
    >
      {done && (
        <Alert variant="success" title="Done">
          {DONE_MESSAGES[done]}
        </Alert>
      )}
      <StatusSummary view={view} />
      <OfferSection token={token} />
      {interviewBooking}
      <UpcomingInterviews interviews={view.upcomingInterviews} />
      <AccommodationSummary view={view} token={token} />
      <YourDataSection view={view} token={token} />
      {view.isActive && <WithdrawSection token={token} />}
      {view.linkExpiresAt && (
        <p className="text-ink" data-testid="link-expires">
          This application is closed, so this link works until {formatLongDate(view.linkExpiresAt)}. After that, ask for
          a new link with the email address you applied with: your data stays yours to download or erase for as long as
          we keep it.
        </p>
      )}
      <p className="text-sm text-ink-muted">
        Keep this page&apos;s link to yourself: anyone who has it can see and change your application.{" "}
        <Link href="/applications/status" className="text-brand underline">
          Get a new link
        </Link>{" "}
        (the old one stops working).
      </p>
    </StatusFrame>
  );
}
