import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { WithdrawForm } from "@/components/candidate-status/withdraw-form";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { readStatusPageLanguage, statusPageMetadata } from "@/lib/candidate-rights/read-status-page-language";
import { listWithdrawalReasons } from "@/lib/candidate-rights/withdraw-application";
import { withdrawAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return statusPageMetadata((await params).token, "status.withdraw");
}

export default async function WithdrawPage({ params }: Props) {
  const { token } = await params;
  const locale = await readStatusPageLanguage(token);
  setRequestLocale(locale);
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: "status.withdraw" });
  const statusHref = `/applications/status/${token}`;
  return (
    <StatusFrame
      organizationName={view.organizationName}
      locale={locale}
      path={`${statusHref}/withdraw`}
      title={t("title")}
      subtitle={`${view.jobTitle} · ${view.reference}`}
      backHref={statusHref}
    >
      {view.isActive ? (
        <>
          <div className="space-y-3 text-ink">
            <p>{t("ends")}</p>
            <p>{t("applyAgain")}</p>
          </div>
          {/* The reasons are the team's own list, in the words staff gave them. */}
          <WithdrawForm
            action={withdrawAction.bind(null, token)}
            reasons={await listWithdrawalReasons()}
            statusHref={statusHref}
          />
        </>
      ) : (
        <p className="text-ink">{t("closed")}</p>
      )}
    </StatusFrame>
  );
}
