import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonStyles } from "@/components/ui/button";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";

/** Download everything (a plain form post: it works without JavaScript) and ask for erasure. */
export function YourDataSection({ view, token }: { view: ApplicationStatusView; token: string }) {
  const t = useTranslations("status.data");
  const base = `/applications/status/${token}`;
  return (
    <section aria-labelledby="data-heading" className="space-y-3">
      <h2 id="data-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="text-ink">{t("intro")}</p>
      <form method="post" action={`${base}/export`}>
        <Button type="submit" variant="secondary">
          {t("download")}
        </Button>
      </form>
      {view.erasure ? (
        <p className="text-ink" data-testid="erasure-pending">
          {t("erasureAsked", { date: view.erasure.requestedAt })}{" "}
          {view.erasure.status === "ON_HOLD" ? t("erasureOnHold") : t("erasurePending")}
        </p>
      ) : (
        <Link href={`${base}/erase`} className={buttonStyles({ variant: "ghost", className: "px-0" })}>
          {t("askErasure")}
        </Link>
      )}
    </section>
  );
}
