import { ERASURE_DEADLINE_DAYS } from "@/lib/candidate-rights/erasure-policy";
import { formatLongDate } from "@/lib/format/dates";

type Props = { applications: { reference: string; jobTitle: string; submittedAt: Date }[]; pendingSince: Date | null };

/** What erasure does, before the candidate confirms it (or that it is already on its way). */
export function ErasureExplanation({ applications, pendingSince }: Props) {
  return (
    <div className="space-y-4 text-ink">
      {pendingSince && (
        <p className="rounded-md border-l-4 border-info bg-info-soft px-4 py-3" data-testid="erasure-pending">
          You asked for erasure on {formatLongDate(pendingSince)}. It is pending: there is nothing more to do.
        </p>
      )}
      <p>Erasure covers everything we hold about you under these applications:</p>
      <ul className="list-disc space-y-1 pl-6">
        {applications.map((application) => (
          <li key={application.reference}>
            {application.jobTitle} ({application.reference}), submitted {formatLongDate(application.submittedAt)}
          </li>
        ))}
      </ul>
      <h2 className="text-xl font-semibold">What happens</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          Within {ERASURE_DEADLINE_DAYS} days we anonymize you: your name and contact details are replaced (you become
          &ldquo;Anonymized&rdquo; with a number), and your answers, documents and accommodation request are deleted.
        </li>
        <li>Your applications leave the hiring process, and this status link stops working.</li>
        <li>Counts without anyone&apos;s identity (for example how many people applied) stay in our statistics.</li>
        <li>
          If the law requires us to keep some records for longer (a legal hold, or the record-keeping rules for federal
          contractors), we keep only those, only as long as required, and erase them afterwards.
        </li>
        <li>We email you to confirm that we received your request.</li>
      </ul>
      <p>
        Want a copy first? Go back and download your data before you ask: after erasure there is nothing left to
        download.
      </p>
    </div>
  );
}
