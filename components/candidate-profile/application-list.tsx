import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ApplicationSummary } from "@/lib/candidates/get-candidate-profile";
import { formatDate, STATUS_BADGES, STATUS_LABELS } from "./labels";
import { applicationProfilePath } from "@/lib/paths/applications";

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
          <Badge variant={STATUS_BADGES[application.status as keyof typeof STATUS_BADGES]} className="text-xs">
            {STATUS_LABELS[application.status as keyof typeof STATUS_LABELS]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
