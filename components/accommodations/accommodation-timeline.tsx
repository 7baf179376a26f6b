import type { AccommodationTimelineEntry } from "@/lib/accommodations/load-accommodation-timeline";
import { ACCOMMODATION_STATUS_LABELS } from "@/lib/accommodations/labels";
import { formatDateTime } from "@/lib/format/dates";

/** Notes and changes, newest first. */
export function AccommodationTimeline({ entries }: { entries: AccommodationTimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-ink-muted">No notes or changes yet.</p>;
  return (
    <ol className="space-y-4" aria-label="Notes and changes, newest first">
      {entries.map((entry) => (
        <li key={`${entry.kind}-${entry.id}`} className="border-l-2 border-line pl-4">
          <p className="text-sm text-ink-muted">
            <span className="font-medium text-ink">{entry.author}</span>,{" "}
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
          </p>
          <Body entry={entry} />
        </li>
      ))}
    </ol>
  );
}

function Body({ entry }: { entry: AccommodationTimelineEntry }) {
  switch (entry.kind) {
    case "note":
      return <p className="break-words whitespace-pre-wrap text-ink">{entry.body}</p>;
    case "status":
      return (
        <p className="text-ink">
          Changed the status from “{ACCOMMODATION_STATUS_LABELS[entry.from]}” to “
          {ACCOMMODATION_STATUS_LABELS[entry.to]}”.
        </p>
      );
    case "arrangement":
      return (
        <p className="text-ink">
          {entry.cleared ? "Cleared what the panel is told." : "Changed what the panel is told."}
        </p>
      );
  }
}
