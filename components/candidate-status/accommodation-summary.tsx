import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";
import { formatLongDate } from "@/lib/format/dates";

/** The candidate's own accommodation request and where it stands; never the coordinators' notes. */
export function AccommodationSummary({ view, token }: { view: ApplicationStatusView; token: string }) {
  const request = view.accommodation;
  const href = `/applications/status/${token}/accommodation`;
  return (
    <section aria-labelledby="accommodation-heading" className="space-y-3">
      <h2 id="accommodation-heading" className="text-xl font-semibold text-ink">
        Accommodation
      </h2>
      {request ? (
        <div className="space-y-3 rounded-lg border border-line bg-surface p-4" data-testid="accommodation-summary">
          <p className="text-ink">
            <span className="font-semibold">Status: {request.status.label}.</span> {request.status.explanation}
          </p>
          {request.arrangement && (
            <p className="text-ink">
              <span className="font-semibold">What we arranged:</span> {request.arrangement}
            </p>
          )}
          <dl className="grid gap-x-6 gap-y-2 text-ink sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">What would help</dt>
            <dd>{request.kindLabels.length > 0 ? request.kindLabels.join("; ") : "Described below"}</dd>
            <dt className="font-semibold">Details</dt>
            <dd className="whitespace-pre-line">{request.details || "None given"}</dd>
            <dt className="font-semibold">We contact you by</dt>
            <dd>{request.preferredContactLabel}</dd>
            <dt className="font-semibold">Last changed</dt>
            <dd>{formatLongDate(request.updatedAt)}</dd>
          </dl>
        </div>
      ) : (
        <p className="text-ink">
          If you need a reasonable accommodation for any part of the application or interview process, you can ask here.
          Only our accommodations coordinators see it; it is never shared with the people evaluating your application.
        </p>
      )}
      {view.isActive && (
        <Link href={href} className={buttonStyles({ variant: "secondary" })}>
          {request ? "Update your accommodation request" : "Ask for an accommodation"}
        </Link>
      )}
    </section>
  );
}
