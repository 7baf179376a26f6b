import type { TimelineEntry } from "@/lib/candidates/get-application-timeline";
import { formatInterviewTime } from "@/lib/interviews/format-interview-time";

const VERBS = { scheduled: "scheduled", rescheduled: "rescheduled", cancelled: "cancelled" } as const;

/** "Cora Coordinator scheduled Systems design for Tuesday, December 1, 2026, 9:00 AM – …". */
export function InterviewTimelineEntry({ entry }: { entry: Extract<TimelineEntry, { kind: "interview" }> }) {
  const who = entry.actorName ?? "Trellis";
  const when = formatInterviewTime(entry);
  return (
    <p className="text-ink">
      {who} {VERBS[entry.change]} <span className="font-semibold">{entry.title}</span>
      {entry.change === "cancelled" ? ` (was ${when})` : ` for ${when}`}
    </p>
  );
}
