import Link from "next/link";
import { applicationProfilePath } from "@/lib/paths/applications";
import type { CandidatePrivacySummary } from "@/lib/privacy/load-candidate-summaries";

/** Who a row is about: name, email and their applications (links to the profiles). */
export function PersonCell({ person }: { person: CandidatePrivacySummary }) {
  return (
    <div className="space-y-1">
      <p className="font-medium break-words">
        {person.name}
        {person.legalHold && <span className="ml-2 text-sm font-semibold text-warning">(on legal hold)</span>}
      </p>
      <p className="text-sm break-all text-ink-muted">{person.email}</p>
      {person.applications.length > 0 && (
        <ul className="text-sm">
          {person.applications.map((application) => (
            <li key={application.id}>
              <Link href={applicationProfilePath(application.id)}>{application.jobTitle}</Link>{" "}
              <span className="text-ink-muted">
                ({application.reference}, {application.status.toLowerCase()})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
