import { ProfileSection } from "@/components/candidate-profile/profile-section";
import type { loadApplicationInterviews } from "@/lib/interviews/load-application-interviews";
import { InterviewCard } from "./interview-card";
import { ScheduleInterviewDialog } from "./interview-form-dialog";

type Props = { applicationId: string; section: Awaited<ReturnType<typeof loadApplicationInterviews>> };

/** The candidate profile's interviews; schedulers also schedule, reschedule and cancel here. */
export function ApplicationInterviews({ applicationId, section }: Props) {
  const { interviews, canSchedule, options } = section;
  return (
    <ProfileSection
      id="interviews"
      title="Interviews"
      actions={options && <ScheduleInterviewDialog applicationId={applicationId} options={options} />}
    >
      {interviews.length === 0 ? (
        <p className="text-ink-muted">No interviews yet.</p>
      ) : (
        <ul className="divide-y divide-line" aria-label="Interviews, earliest first">
          {interviews.map((interview) => (
            <InterviewCard key={interview.id} interview={interview} options={options} canSchedule={canSchedule} />
          ))}
        </ul>
      )}
      {canSchedule && !options && (
        <p className="mt-3 text-sm text-ink-muted">
          This candidate is no longer in the pipeline, so no new interviews can be scheduled.
        </p>
      )}
    </ProfileSection>
  );
}
