import { Badge } from "@/components/ui/badge";
import { formatDuration, formatInterviewTime } from "@/lib/interviews/format-interview-time";
import type { ApplicationInterview, SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import { CancelInterviewDialog } from "./cancel-interview-dialog";
import { RescheduleInterviewDialog } from "./interview-form-dialog";

/** One interview: what, when (in its own zone), where and who; and for schedulers, what they may change. */
export function InterviewCard({ interview, options, canSchedule }: { interview: ApplicationInterview; options: SchedulingOptions | null; canSchedule: boolean }) {
  const cancelled = interview.status === "CANCELLED";
  // Rescheduling needs an active application (options); cancelling only an interview still ahead.
  const canReschedule = options !== null && !cancelled;
  const canCancel = canSchedule && !cancelled && interview.upcoming;
  return (
    <li className="space-y-2 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className={cancelled ? "text-ink-muted font-semibold line-through" : "text-ink font-semibold"}>{interview.title}</h3>
        <Badge variant={cancelled ? "neutral" : "brand"}>{cancelled ? "Cancelled" : "Scheduled"}</Badge>
      </div>
      <dl className="text-ink grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-ink-muted">When</dt>
        <dd>
          <time dateTime={interview.startsAt.toISOString()}>{formatInterviewTime(interview)}</time> ({formatDuration(interview.durationMinutes)})
        </dd>
        {interview.location && (
          <>
            <dt className="text-ink-muted">Where</dt>
            <dd>{interview.location}</dd>
          </>
        )}
        {interview.videoUrl && (
          <>
            <dt className="text-ink-muted">Video link</dt>
            <dd className="break-all">
              <a href={interview.videoUrl} rel="noreferrer noopener" target="_blank">
                {interview.videoUrl}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </dd>
          </>
        )}
        <dt className="text-ink-muted">Panel</dt>
        <dd>{interview.panel.map((member) => member.name).join(", ")}</dd>
      </dl>
      {(canReschedule || canCancel) && (
        <div className="flex flex-wrap items-start gap-2">
          {canReschedule && <RescheduleInterviewDialog interview={interview} options={options} />}
          {canCancel && <CancelInterviewDialog interview={interview} />}
        </div>
      )}
    </li>
  );
}
