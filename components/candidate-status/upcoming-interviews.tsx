import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { safeHref } from "@/lib/candidates/safe-href";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";
import { formatInterviewTime } from "@/lib/interviews/format-interview-time";

/** Interviews still to come: what, when (in the zone it was scheduled in) and where. */
export function UpcomingInterviews({
  interviews,
  locale,
}: {
  interviews: ApplicationStatusView["upcomingInterviews"];
  locale: Locale;
}) {
  const t = useTranslations("status.interviews");
  if (interviews.length === 0) return null;
  return (
    <section aria-labelledby="interviews-heading" className="space-y-3">
      <h2 id="interviews-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <ul className="space-y-3">
        {interviews.map((interview) => {
          const href = safeHref(interview.videoUrl);
          return (
            <li key={interview.id} className="rounded-lg border border-line bg-surface p-4">
              <p className="font-semibold text-ink">{interview.title}</p>
              <p className="mt-1 text-ink">{formatInterviewTime(interview, locale)}</p>
              {interview.location && <p className="mt-1 text-ink">{t("where", { location: interview.location })}</p>}
              {interview.videoUrl && (
                <p className="mt-1 text-ink">
                  {t("videoCall")}{" "}
                  {href ? (
                    <a href={href} className="break-all text-brand underline" rel="noreferrer noopener">
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
