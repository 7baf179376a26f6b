import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/i18n/locales";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";
import { ERASURE_DEADLINE_DAYS } from "@/lib/candidate-rights/erasure-policy";
import { AccommodationSummary } from "./accommodation-summary";
import { OfferSection } from "./offer-section";
import { StatusFrame } from "./status-frame";
import { StatusSummary } from "./status-summary";
import { UpcomingInterviews } from "./upcoming-interviews";
import { WithdrawSection } from "./withdraw-section";
import { YourDataSection } from "./your-data-section";

// The ?done= confirmations and their message keys (status.json, page.*).
const DONE_MESSAGES = {
  withdrawn: "doneWithdrawn",
  accommodation: "doneAccommodation",
  erasure: "doneErasure",
} as const;

export type DoneMessage = keyof typeof DONE_MESSAGES;

export function isDoneMessage(value: unknown): value is DoneMessage {
  return typeof value === "string" && Object.hasOwn(DONE_MESSAGES, value);
}

/** The private status page: where the application stands and what the candidate can do. */
export function StatusPage({
  view,
  token,
  locale,
  done,
  interviewBooking,
}: {
  view: ApplicationStatusView;
  token: string;
  locale: Locale;
  done: DoneMessage | null;
  /** Times offered to choose from (components/candidate-status/interview-booking-section.tsx). */
  interviewBooking?: ReactNode;
}) {
  const t = useTranslations("status.page");
  return (
    <StatusFrame
      organizationName={view.organizationName}
      locale={locale}
      path={`/applications/status/${token}`}
      title={t("title")}
      subtitle={`${view.jobTitle} · ${view.organizationName}`}
    >
      {done && (
        <Alert variant="success" title={t("doneTitle")}>
          {t(DONE_MESSAGES[done], { days: ERASURE_DEADLINE_DAYS })}
        </Alert>
      )}
      <StatusSummary view={view} />
      <OfferSection token={token} locale={locale} />
      {interviewBooking}
      <UpcomingInterviews interviews={view.upcomingInterviews} locale={locale} />
      <AccommodationSummary view={view} token={token} />
      <YourDataSection view={view} token={token} />
      {view.isActive && <WithdrawSection token={token} />}
      {view.linkExpiresAt && (
        <p className="text-ink" data-testid="link-expires">
          {t("linkExpires", { date: view.linkExpiresAt })}
        </p>
      )}
      <p className="text-sm text-ink-muted">
        {t("keepPrivate")}{" "}
        <Link href="/applications/status" className="text-brand underline">
          {t("newLink")}
        </Link>{" "}
        {t("oldStops")}
      </p>
    </StatusFrame>
  );
}
