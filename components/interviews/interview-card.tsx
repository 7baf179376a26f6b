import { Badge } from "@/components/ui/badge";
import type { ApplicationInterview, SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import { CancelInterviewDialog } from "./cancel-interview-dialog";
import { InterviewDetails } from "./interview-details";
import { RescheduleInterviewDialog } from "./interview-form-dialog";

/** One interview: what, when (in its own zone), where and who; and for schedulers, what they may change. */
export function InterviewCard({
  interview,
  options,
  canSchedule,
}: {
  interview: ApplicationInterview;
  options: SchedulingOptions | null;
  canSchedule: boolean;
}) {
  const cancelled = interview.status === "CANCELLED";
  // Rescheduling needs an active application (options); cancelling only an interview still ahead.
  const canReschedule = options !== null && !cancelled;
  const canCancel = canSchedule && !cancelled && interview.upcoming;
  return (
    <li className="space-y-2 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className={cancelled ? "font-semibold text-ink-muted line-through" : "font-semibold text-ink"}>
          {interview.title}
        </h3>
        <Badge variant={cancelled ? "neutral" : "brand"}>{cancelled ? "Cancelled" : "Scheduled"}</Badge>
      </div>
      <InterviewDetails interview={interview} variant="card" />
      {(canReschedule || canCancel) && (
        <div className="flex flex-wrap items-start gap-2">
          {canReschedule && <RescheduleInterviewDialog interview={interview} options={options} />}
          {canCancel && <CancelInterviewDialog interview={interview} />}
        </div>
      )}
    </li>
  );
}
