import { useTranslations } from "next-intl";
import { ERASURE_DEADLINE_DAYS } from "@/lib/candidate-rights/erasure-policy";

type Props = { applications: { reference: string; jobTitle: string; submittedAt: Date }[]; pendingSince: Date | null };

/** What erasure does, before the candidate confirms it (or that it is already on its way). */
export function ErasureExplanation({ applications, pendingSince }: Props) {
  const t = useTranslations("status.erase");
  return (
    <div className="space-y-4 text-ink">
      {pendingSince && (
        <p className="rounded-md border-l-4 border-info bg-info-soft px-4 py-3" data-testid="erasure-pending">
          {t("pending", { date: pendingSince })}
        </p>
      )}
      <p>{t("covers")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {applications.map((application) => (
          <li key={application.reference}>
            {t("application", {
              job: application.jobTitle,
              reference: application.reference,
              date: application.submittedAt,
            })}
          </li>
        ))}
      </ul>
      <h2 className="text-xl font-semibold">{t("whatHappens")}</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>{t("anonymize", { days: ERASURE_DEADLINE_DAYS })}</li>
        <li>{t("leave")}</li>
        <li>{t("counts")}</li>
        <li>{t("lawKeeps")}</li>
        <li>{t("confirmEmail")}</li>
      </ul>
      <p>{t("copyFirst")}</p>
    </div>
  );
}
