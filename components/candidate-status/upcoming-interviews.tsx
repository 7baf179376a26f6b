import { safeHref } from "@/lib/candidates/safe-href";
import type { ApplicationStatusView } from "@/lib/applications/get-application-status";

/** Interviews still to come: what, when (in the zone it was scheduled in) and where. */
export function UpcomingInterviews({ interviews }: { interviews: ApplicationStatusView["upcomingInterviews"] }) {
  if (interviews.length === 0) return null;
  return (
    <section aria-labelledby="interviews-heading" className="space-y-3">
      <h2 id="interviews-heading" className="text-ink text-xl font-semibold">
        Your upcoming interviews
      </h2>
      <ul className="space-y-3">
        {interviews.map((interview) => {
          const href = safeHref(interview.videoUrl);
          return (
            <li key={interview.id} className="border-line bg-surface rounded-lg border p-4">
              <p className="text-ink font-semibold">{interview.title}</p>
              <p className="text-ink mt-1">{interview.time}</p>
              {interview.location && <p className="text-ink mt-1">Where: {interview.location}</p>}
              {interview.videoUrl && (
                <p className="text-ink mt-1">
                  Video call:{" "}
                  {href ? (
                    <a href={href} className="text-brand break-all underline" rel="noreferrer noopener">
                      {interview.videoUrl}
                    </a>
                  ) : (
                    <span className="break-all">{interview.videoUrl}</span>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
