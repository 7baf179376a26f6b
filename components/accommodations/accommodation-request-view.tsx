import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ACCOMMODATION_STATUS_LABELS, ACCOMMODATION_STATUS_TONES } from "@/lib/accommodations/labels";
import type { SensitiveAccommodationRequest } from "@/lib/accommodations/read-sensitive-accommodation-request";
import { formatDateTime } from "@/lib/format/dates";
import { ACCOMMODATIONS_PATH } from "@/lib/paths/accommodations";
import { applicationProfilePath } from "@/lib/paths/applications";
import { AccommodationNoteForm } from "./accommodation-note-form";
import { AccommodationTimeline } from "./accommodation-timeline";
import { PanelArrangementForm } from "./panel-arrangement-form";
import { StatusControls } from "./status-controls";

/** One request: what was asked, how to reach the person, what the panel is told, and the work so far. */
export function AccommodationRequestView({ request }: { request: SensitiveAccommodationRequest }) {
  return (
    <div className="space-y-6">
      <p>
        <Link href={ACCOMMODATIONS_PATH}>← All accommodation requests</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold break-words text-ink">Accommodation request from {request.candidate.name}</h1>
        <p className="text-ink-muted">
          For <span className="text-ink">{request.application.jobTitle}</span> (application{" "}
          {request.application.reference}).{" "}
          <Link href={applicationProfilePath(request.application.id)}>Open the application</Link>
        </p>
        <div className="flex flex-wrap gap-2">
          <Badge variant={ACCOMMODATION_STATUS_TONES[request.status]}>
            {ACCOMMODATION_STATUS_LABELS[request.status]}
          </Badge>
          {request.waitingTooLong && <Badge variant="warning">Waiting over 2 business days</Badge>}
        </div>
        <p className="text-sm text-ink-muted">
          Confidential: never shared with the people evaluating this application. Your view is recorded in the audit
          log.
        </p>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>The request</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="space-y-3">
              <Row label="Kind">{request.kinds}</Row>
              <Row label="In their words">
                <span className="break-words whitespace-pre-wrap">{request.details || "(no details given)"}</span>
              </Row>
              <Row label="Received">
                <time dateTime={request.createdAt.toISOString()}>{formatDateTime(request.createdAt)}</time> (form
                version {request.formVersion})
              </Row>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Contact</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="space-y-3">
              <Row label="They prefer">
                <strong>{request.preferredContactLabel}</strong>
              </Row>
              <Row label="Email">
                <a href={`mailto:${request.candidate.email}`} className="break-all">
                  {request.candidate.email}
                </a>
                {request.preferredContact === "EMAIL" && <span className="text-ink-muted"> (preferred)</span>}
              </Row>
              <Row label="Phone">
                {request.candidate.phone ? (
                  <a href={`tel:${request.candidate.phone.replace(/[^+\d]/g, "")}`}>{request.candidate.phone}</a>
                ) : (
                  "Not given"
                )}
                {request.preferredContact === "PHONE" && <span className="text-ink-muted"> (preferred)</span>}
              </Row>
              {request.candidate.pronouns && <Row label="Pronouns">{request.candidate.pronouns}</Row>}
            </dl>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Status</CardTitle>
        </CardHeader>
        <CardContent>
          {request.canManage ? (
            <StatusControls key={request.status} requestId={request.id} status={request.status} />
          ) : (
            <p>{ACCOMMODATION_STATUS_LABELS[request.status]}</p>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>What the panel is told</CardTitle>
        </CardHeader>
        <CardContent>
          {request.canManage ? (
            <PanelArrangementForm
              key={`${request.panelArrangement ?? ""}:${request.extraMinutes ?? ""}`}
              requestId={request.id}
              panelArrangement={request.panelArrangement}
              extraMinutes={request.extraMinutes}
            />
          ) : (
            <>
              <p>{request.panelArrangement ?? "Nothing."}</p>
              {request.extraMinutes && <p>Extra minutes per interview: {request.extraMinutes}</p>}
            </>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Notes and history</CardTitle>
        </CardHeader>
        <CardContent className="space-y-6">
          {request.canManage && <AccommodationNoteForm requestId={request.id} />}
          <AccommodationTimeline entries={request.timeline} />
        </CardContent>
      </Card>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  );
}
