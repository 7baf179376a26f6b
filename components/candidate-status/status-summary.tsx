import type { ApplicationStatusView } from "@/lib/applications/get-application-status";
import { formatDate } from "./status-frame";

/** Where the application stands, in the candidate's terms, with its reference and dates. */
export function StatusSummary({ view }: { view: ApplicationStatusView }) {
  return (
    <section aria-labelledby="status-heading" className="border-line bg-surface rounded-lg border p-6">
      <h2 id="status-heading" className="text-ink-muted text-sm font-semibold tracking-wide uppercase">
        Status
      </h2>
      <p className="text-ink mt-1 text-2xl font-semibold" data-testid="candidate-status">
        {view.status.label}
      </p>
      {view.status.outcome && (
        <p className="text-ink mt-1 text-lg font-medium" data-testid="candidate-outcome">
          {view.status.outcome}
        </p>
      )}
      <p className="text-ink mt-2">{view.status.explanation}</p>
      {view.ownWithdrawalReason && <p className="text-ink mt-2">The reason you gave: {view.ownWithdrawalReason}.</p>}
      <dl className="text-ink mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Reference</dt>
        <dd>{view.reference}</dd>
        <dt className="font-semibold">Submitted</dt>
        <dd>{formatDate(view.submittedAt)}</dd>
        {view.closedAt && !view.isActive && (
          <>
            <dt className="font-semibold">Closed</dt>
            <dd>{formatDate(view.closedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
