import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ACCOMMODATION_STATUS_LABELS, ACCOMMODATION_STATUS_TONES } from "@/lib/accommodations/labels";
import type { AccommodationQueueItem } from "@/lib/accommodations/list-accommodation-requests";
import { QUEUE_PAGE_SIZE } from "@/lib/accommodations/list-accommodation-requests";
import { ACCOMMODATION_STATUSES, type AccommodationQueueFilter } from "@/lib/accommodations/schema";
import { formatDateTime, formatTimeAgo } from "@/lib/format/dates";
import { accommodationQueuePath, accommodationRequestPath } from "@/lib/paths/accommodations";
import { cn } from "@/lib/utils/cn";

const FILTERS: { value: AccommodationQueueFilter; label: string }[] = [
  { value: "open", label: "Open" },
  ...ACCOMMODATION_STATUSES.map((status) => ({ value: status, label: ACCOMMODATION_STATUS_LABELS[status] })),
  { value: "all", label: "All" },
];

type Props = { status: AccommodationQueueFilter; items: AccommodationQueueItem[]; total: number };

/** The coordinators' queue: longest-waiting first, the request's text one click away (audited). */
export function AccommodationQueue({ status, items, total }: Props) {
  const current = FILTERS.find((filter) => filter.value === status)?.label ?? "Open";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-ink">Accommodations</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">
          Requests for a reasonable accommodation in the hiring process. Confidential: only accommodations coordinators
          and admins see them, and they never reach the people evaluating an application. Interviewers learn only the
          practical arrangement you share with the panel.
        </p>
      </div>
      <nav aria-label="Filter requests by status">
        <ul className="flex flex-wrap gap-2">
          {FILTERS.map((filter) => (
            <li key={filter.value}>
              <Link
                href={accommodationQueuePath(filter.value)}
                aria-current={filter.value === status ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-10 items-center rounded-full border border-line px-4 text-sm font-medium no-underline",
                  filter.value === status ? "bg-ink text-surface" : "bg-surface text-ink hover:bg-canvas",
                )}
              >
                {/* Not by colour alone: the current filter also carries a check mark. */}
                {filter.value === status && <span aria-hidden="true">✓&nbsp;</span>}
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-ink-muted" aria-live="polite">
        {total === 0
          ? `No ${current.toLowerCase()} requests.`
          : `${total} ${total === 1 ? "request" : "requests"} (${current.toLowerCase()}), longest waiting first.`}
        {total > items.length && ` Showing the first ${QUEUE_PAGE_SIZE}.`}
      </p>
      {items.length > 0 && <QueueTable items={items} caption={`${current} accommodation requests`} />}
    </div>
  );
}

function QueueTable({ items, caption }: { items: AccommodationQueueItem[]; caption: string }) {
  return (
    <Table caption={caption}>
      <TableHeader columns={["Candidate", "Job", "Kind", "Status", "Contact by", "Last activity"]} />
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id} className="align-top">
            <TableHead scope="row">
              <Link href={accommodationRequestPath(item.id)} className="break-words">
                {item.candidateName}
              </Link>
            </TableHead>
            <TableCell className="break-words">{item.jobTitle}</TableCell>
            <TableCell className="text-sm">{item.kinds}</TableCell>
            <TableCell>
              <Badge variant={ACCOMMODATION_STATUS_TONES[item.status]}>
                {ACCOMMODATION_STATUS_LABELS[item.status]}
              </Badge>
            </TableCell>
            <TableCell>{item.preferredContact}</TableCell>
            <TableCell className="text-sm">
              <time dateTime={item.lastActivityAt.toISOString()} title={formatDateTime(item.lastActivityAt)}>
                {formatTimeAgo(item.lastActivityAt)}
              </time>
              {item.waitingTooLong && (
                <Badge variant="warning" className="mt-1 text-xs">
                  Waiting over 2 business days
                </Badge>
              )}
              <span className="block text-xs text-ink-muted">Received {formatTimeAgo(item.createdAt)}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
