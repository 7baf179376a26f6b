import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ApplicationSummary } from "@/lib/candidates/get-candidate-profile";
import { formatDate } from "@/lib/format/dates";
import { applicationProfilePath } from "@/lib/paths/applications";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_TONES } from "@/lib/pipeline/labels";

export function ApplicationList({ applications }: { applications: ApplicationSummary[] }) {
  return (
    <ul className="space-y-2">
      {applications.map((application) => (
        <li key={application.id} className="text-sm">
          <Link href={applicationProfilePath(application.id)} className="font-semibold">
            {application.jobTitle}
          </Link>{" "}
          <span className="text-ink-muted">
            · {application.stageName} · applied {formatDate(application.submittedAt)}
          </span>{" "}
          <Badge
            variant={APPLICATION_STATUS_TONES[application.status as keyof typeof APPLICATION_STATUS_TONES]}
            className="text-xs"
          >
            {APPLICATION_STATUS_LABELS[application.status as keyof typeof APPLICATION_STATUS_LABELS]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
