import { useFormatter, useTranslations } from "next-intl";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";

/** Where the application stands, in the candidate's terms and language, with its reference and dates. */
export function StatusSummary({ view }: { view: ApplicationStatusView }) {
  const t = useTranslations("status.summary");
  const format = useFormatter();
  const longDate = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-line bg-surface p-6">
      <h2 id="status-heading" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {t("heading")}
      </h2>
      <p className="mt-1 text-2xl font-semibold text-ink" data-testid="candidate-status">
        {t(`state.${view.status.state}`)}
      </p>
      {view.status.outcomeKey && (
        <p className="mt-1 text-lg font-medium text-ink" data-testid="candidate-outcome">
          {t(`outcome.${view.status.outcomeKey}`)}
        </p>
      )}
      <p className="mt-2 text-ink">{t(`explanation.${view.status.explanationKey}`)}</p>
      {view.ownWithdrawalReason && (
        <p className="mt-2 text-ink">{t("reasonGiven", { reason: view.ownWithdrawalReason })}</p>
      )}
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-ink">
        <dt className="font-semibold">{t("reference")}</dt>
        <dd>{view.reference}</dd>
        <dt className="font-semibold">{t("submitted")}</dt>
        <dd>{longDate(view.submittedAt)}</dd>
        {view.closedAt && !view.isActive && (
          <>
            <dt className="font-semibold">{t("closed")}</dt>
            <dd>{longDate(view.closedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
