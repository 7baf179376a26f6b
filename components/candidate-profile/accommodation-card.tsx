import Link from "next/link";
import type { SensitiveAccommodationRequest } from "@/lib/accommodations/read-sensitive-accommodation-request";
import { formatDateTime } from "@/lib/format/dates";
import { accommodationRequestPath } from "@/lib/paths/accommodations";
import { ProfileSection } from "./profile-section";
import { ACCOMMODATION_STATUS_LABELS } from "@/lib/accommodations/labels";

/** Shown only to those who handle accommodations; never to evaluators (the page decides). */
export function AccommodationCard({ request }: { request: SensitiveAccommodationRequest | null }) {
  return (
    <ProfileSection id="accommodation" title="Accommodation request">
      {!request ? (
        <p className="text-ink-muted">No accommodation was requested.</p>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-ink-muted">
            Confidential: never shared with the people evaluating this application. Your view is recorded in the audit
            log.
          </p>
          <dl className="space-y-2">
            <Row label="Status">{ACCOMMODATION_STATUS_LABELS[request.status]}</Row>
            {request.kinds && <Row label="Kind">{request.kinds}</Row>}
            <Row label="Details">
              <span className="break-words whitespace-pre-wrap">{request.details}</span>
            </Row>
            <Row label="Preferred contact">{request.preferredContactLabel}</Row>
            {request.panelArrangement && <Row label="What the panel is told">{request.panelArrangement}</Row>}
            <Row label="Requested">
              <time dateTime={request.createdAt.toISOString()}>{formatDateTime(request.createdAt)}</time> (form version{" "}
              {request.formVersion})
            </Row>
          </dl>
          <p>
            <Link href={accommodationRequestPath(request.id)}>Handle it in the accommodations queue</Link> (notes,
            status, what the panel is told)
          </p>
        </div>
      )}
    </ProfileSection>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  );
}
