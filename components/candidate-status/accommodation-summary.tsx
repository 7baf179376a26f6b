import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonStyles } from "@/components/ui/button";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";

/** The candidate's own accommodation request and where it stands; never the coordinators' notes. */
export function AccommodationSummary({ view, token }: { view: ApplicationStatusView; token: string }) {
  const t = useTranslations("status.accommodation");
  const format = useFormatter();
  const request = view.accommodation;
  const href = `/applications/status/${token}/accommodation`;
  return (
    <section aria-labelledby="accommodation-heading" className="space-y-3">
      <h2 id="accommodation-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      {request ? (
        <div className="space-y-3 rounded-lg border border-line bg-surface p-4" data-testid="accommodation-summary">
          <p className="text-ink">
            <span className="font-semibold">{t("status", { status: t(`state.${request.status}.label`) })}</span>{" "}
            {t(`state.${request.status}.explanation`)}
          </p>
          {request.arrangement && (
            <p className="text-ink">
              <span className="font-semibold">{t("arranged")}</span> {request.arrangement}
            </p>
          )}
          <dl className="grid gap-x-6 gap-y-2 text-ink sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("whatHelps")}</dt>
            <dd>{request.kindLabels.length > 0 ? request.kindLabels.join("; ") : t("describedBelow")}</dd>
            <dt className="font-semibold">{t("details")}</dt>
            <dd className="whitespace-pre-line">{request.details || t("noneGiven")}</dd>
            <dt className="font-semibold">{t("contactBy")}</dt>
            <dd>{request.preferredContactLabel}</dd>
            <dt className="font-semibold">{t("lastChanged")}</dt>
            <dd>{format.dateTime(request.updatedAt, { dateStyle: "long" })}</dd>
          </dl>
        </div>
      ) : (
        <p className="text-ink">{t("invitation")}</p>
      )}
      {view.isActive && (
        <Link href={href} className={buttonStyles({ variant: "secondary" })}>
          {request ? t("update") : t("ask")}
        </Link>
      )}
    </section>
  );
}
