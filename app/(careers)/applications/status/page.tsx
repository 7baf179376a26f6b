import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ResendLinkForm } from "@/components/candidate-status/resend-link-form";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { ClientMessages } from "@/components/i18n/client-messages";
import { readStatusPageLanguage, STATUS_FORM_MESSAGES } from "@/lib/candidate-rights/read-status-page-language";
import { resendStatusLinkAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await readStatusPageLanguage(null), namespace: "status.resend" });
  return { title: t("metaTitle"), robots: { index: false, follow: true } };
}

type Props = { searchParams: Promise<{ sent?: string }> };

export default async function ResendStatusLinkPage({ searchParams }: Props) {
  const { sent } = await searchParams;
  const locale = await readStatusPageLanguage(null);
  const t = await getTranslations({ locale, namespace: "status.resend" });
  return (
    <ClientMessages locale={locale} pick={STATUS_FORM_MESSAGES}>
      <StatusFrame organizationName={null} locale={locale} path="/applications/status" title={t("title")}>
        {sent === "1" && (
          <Alert variant="success" title={t("sentTitle")}>
            {t("sent")}
          </Alert>
        )}
        <p className="text-ink">{t("intro")}</p>
        <ResendLinkForm action={resendStatusLinkAction} />
      </StatusFrame>
    </ClientMessages>
  );
}
