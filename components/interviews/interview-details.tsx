import { formatDuration, formatInterviewTime } from "@/lib/interviews/format-interview-time";

type Props = {
  interview: {
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
    location: string | null;
    videoUrl: string | null;
    panel: { name: string }[];
  };
  /** The profile's compact card, or the interview page's larger header. */
  variant: "card" | "header";
};

/** When (in the interview's own zone), where, the video link and the panel: one list for every interview view. */
export function InterviewDetails({ interview, variant }: Props) {
  const card = variant === "card";
  const term = card ? "text-ink-muted" : "font-semibold";
  return (
    <dl
      className={
        card
          ? "grid gap-x-4 gap-y-1 text-sm text-ink sm:grid-cols-[auto_1fr]"
          : "grid gap-x-6 gap-y-2 text-ink sm:grid-cols-[max-content_1fr]"
      }
    >
      <dt className={term}>When</dt>
      <dd>
        {card ? (
          <>
            <time dateTime={interview.startsAt.toISOString()}>{formatInterviewTime(interview)}</time> (
            {formatDuration(interview.durationMinutes)})
          </>
        ) : (
          formatInterviewTime(interview)
        )}
      </dd>
      {interview.location && (
        <>
          <dt className={term}>Where</dt>
          <dd className="break-words">{interview.location}</dd>
        </>
      )}
      {interview.videoUrl && (
        <>
          <dt className={term}>{card ? "Video link" : "Video call"}</dt>
          <dd className="break-all">
            <a href={interview.videoUrl} rel="noopener noreferrer" target="_blank">
              {interview.videoUrl}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </dd>
        </>
      )}
      <dt className={term}>Panel</dt>
      <dd>{interview.panel.map((member) => member.name).join(", ")}</dd>
    </dl>
  );
}
