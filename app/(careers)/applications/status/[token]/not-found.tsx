import { getTranslations } from "next-intl/server";
import { ResendLinkForm } from "@/components/candidate-status/resend-link-form";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { readStatusPageLanguage } from "@/lib/candidate-rights/read-status-page-language";
import { STATUS_LINK_DAYS_AFTER_CLOSE } from "@/lib/candidate-rights/status-link-expiry";
import { resendStatusLinkAction } from "../actions";

// Any status-link page whose link does not work (never existed, replaced, expired, erased): the
// same page for each, so it tells nobody which, and the way to a fresh link by email. Its language
// is the visitor's choice or browser's: a link that does not work tells no application's.
export default async function StatusLinkNotFound() {
  const locale = await readStatusPageLanguage(null);
  const t = await getTranslations({ locale, namespace: "status.notFound" });
  return (
    <StatusFrame organizationName={null} locale={locale} path="/applications/status" title={t("title")}>
      <div className="space-y-3 text-ink">
        <p>{t("why", { days: STATUS_LINK_DAYS_AFTER_CLOSE })}</p>
        <p>{t("enterEmail")}</p>
      </div>
      <ResendLinkForm action={resendStatusLinkAction} />
    </StatusFrame>
  );
}
