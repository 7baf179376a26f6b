import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format/dates";
import { formatInterviewTime } from "@/lib/interviews/format-interview-time";
import { MY_SCORECARD_STATE_LABELS } from "@/lib/interviews/labels";
import type { MyInterviewItem } from "@/lib/interviews/list-my-interviews";
import { interviewPacketPath } from "@/lib/paths/interviews";

export function MyInterviewsList({ items, empty }: { items: MyInterviewItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-ink-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-line rounded-md border border-line">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
          <div className="min-w-0 space-y-1">
            <p className="font-semibold text-ink">
              {item.cancelled ? (
                item.title
              ) : (
                <Link href={interviewPacketPath(item.id)}>
                  {item.title} with {item.candidateName}
                </Link>
              )}
            </p>
            <p className="text-sm text-ink-muted">{item.jobTitle}</p>
            <p className="text-sm text-ink">{formatInterviewTime(item)}</p>
          </div>
          <ScorecardBadges item={item} />
        </li>
      ))}
    </ul>
  );
}

function ScorecardBadges({ item }: { item: MyInterviewItem }) {
  if (item.cancelled) return <Badge variant="neutral">Cancelled</Badge>;
  const label = MY_SCORECARD_STATE_LABELS[item.scorecard.state];
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Badge variant={label.tone}>{label.text}</Badge>
      {item.scorecard.overdue && (
        <Badge variant="danger" title={`Due ${formatDateTime(item.scorecard.dueAt)}`}>
          Overdue since {formatDateTime(item.scorecard.dueAt)}
        </Badge>
      )}
    </div>
  );
}
