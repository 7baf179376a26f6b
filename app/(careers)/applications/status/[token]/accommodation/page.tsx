import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccommodationForm } from "@/components/candidate-status/accommodation-form";
import { LegalFallbackNotice } from "@/components/legal-texts/legal-fallback-notice";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { loadAccommodationForm } from "@/lib/accommodations/load-accommodation-form";
import { readStatusPageLanguage, statusPageMetadata } from "@/lib/candidate-rights/read-status-page-language";
import { saveAccommodationAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return statusPageMetadata((await params).token, "status.accommodationForm");
}

export default async function AccommodationPage({ params }: Props) {
  const { token } = await params;
  const locale = await readStatusPageLanguage(token);
  setRequestLocale(locale);
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const [t, tSummary] = await Promise.all([
    getTranslations({ locale, namespace: "status.accommodationForm" }),
    getTranslations({ locale, namespace: "status.accommodation" }),
  ]);
  const statusHref = `/applications/status/${token}`;
  // The accommodation text in the page's language where it has a version (its id is what the
  // request records), else the English one, said so.
  const form = await loadAccommodationForm(locale);
  const saved = view.accommodation;
  return (
    <StatusFrame
      organizationName={view.organizationName}
      locale={locale}
      path={`${statusHref}/accommodation`}
      title={saved ? tSummary("update") : tSummary("ask")}
      subtitle={`${view.jobTitle} · ${view.reference}`}
      backHref={statusHref}
    >
      <LegalFallbackNotice shown={form.language} locale={locale} />
      <div className="prose-posting text-ink" lang={form.language} dangerouslySetInnerHTML={{ __html: form.html }} />
      {view.isActive ? (
        <AccommodationForm
          action={saveAccommodationAction.bind(null, token)}
          formVersionId={form.id}
          options={form.options}
          saved={saved && { kinds: saved.kinds, details: saved.details, preferredContact: saved.preferredContact }}
          statusHref={statusHref}
        />
      ) : (
        <p className="text-ink">{t("closed")}</p>
      )}
    </StatusFrame>
  );
}
