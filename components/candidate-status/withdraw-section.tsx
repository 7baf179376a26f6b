import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonStyles } from "@/components/ui/button";

/** The way out of the process, one step before the confirmation page. */
export function WithdrawSection({ token }: { token: string }) {
  const t = useTranslations("status.withdraw");
  return (
    <section aria-labelledby="withdraw-heading" className="space-y-3">
      <h2 id="withdraw-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="text-ink">{t("intro")}</p>
      <Link href={`/applications/status/${token}/withdraw`} className={buttonStyles({ variant: "secondary" })}>
        {t("button")}
      </Link>
    </section>
  );
}
