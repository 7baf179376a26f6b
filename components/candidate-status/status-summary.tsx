import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";
import { formatLongDate } from "@/lib/format/dates";

/** Where the application stands, in the candidate's terms, with its reference and dates. */
export function StatusSummary({ view }: { view: ApplicationStatusView }) {
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-line bg-surface p-6">
      <h2 id="status-heading" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Status
      </h2>
      <p className="mt-1 text-2xl font-semibold text-ink" data-testid="candidate-status">
        {view.status.label}
      </p>
      {view.status.outcome && (
        <p className="mt-1 text-lg font-medium text-ink" data-testid="candidate-outcome">
          {view.status.outcome}
        </p>
      )}
      <p className="mt-2 text-ink">{view.status.explanation}</p>
      {view.ownWithdrawalReason && <p className="mt-2 text-ink">The reason you gave: {view.ownWithdrawalReason}.</p>}
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-ink">
        <dt className="font-semibold">Reference</dt>
        <dd>{view.reference}</dd>
        <dt className="font-semibold">Submitted</dt>
        <dd>{formatLongDate(view.submittedAt)}</dd>
        {view.closedAt && !view.isActive && (
          <>
            <dt className="font-semibold">Closed</dt>
            <dd>{formatLongDate(view.closedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
