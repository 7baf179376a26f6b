import { Badge } from "@/components/ui/badge";
import type { CandidateProfile } from "@/lib/candidates/get-candidate-profile";
import { formatDate } from "@/lib/format/dates";
import { legalFullName, preferredFullName } from "@/lib/format/names";
import { APPLICATION_SOURCE_LABELS, APPLICATION_STATUS_LABELS, APPLICATION_STATUS_TONES } from "@/lib/pipeline/labels";

export function ProfileHeader({ profile }: { profile: CandidateProfile }) {
  const { candidate, application } = profile;
  const legalName = legalFullName(candidate);
  const displayName = preferredFullName(candidate);
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-3xl font-bold text-ink">{displayName}</h1>
        {candidate.pronouns && <span className="text-ink-muted">({candidate.pronouns})</span>}
      </div>
      {candidate.preferredName && <p className="text-ink-muted">Legal name: {legalName}</p>}
      <p className="text-lg text-ink">
        {application.job.title} · <span className="font-semibold">{application.stage.name}</span>{" "}
        <Badge variant={APPLICATION_STATUS_TONES[application.status]}>
          {APPLICATION_STATUS_LABELS[application.status]}
        </Badge>
        {application.knockedOut && (
          <Badge variant="warning" className="ml-2">
            Knockout answer
          </Badge>
        )}
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-ink-muted">
        <div className="flex gap-1.5">
          <dt>Applied</dt>
          <dd className="text-ink">
            <time dateTime={application.submittedAt.toISOString()}>{formatDate(application.submittedAt)}</time>
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Source</dt>
          <dd className="text-ink">{APPLICATION_SOURCE_LABELS[application.source]}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Reference</dt>
          <dd className="text-ink">{application.reference}</dd>
        </div>
        {application.rejectionReason && (
          <div className="flex gap-1.5">
            <dt>{application.status === "WITHDRAWN" ? "Withdrawal reason" : "Rejection reason"}</dt>
            <dd className="text-ink">{application.rejectionReason.label}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
