import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CareersHeader } from "@/components/careers/careers-header";
import { MainContent } from "@/components/ui/main-content";
import { localizedPath } from "@/i18n/locale-paths";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { getApplicationConfirmation } from "@/lib/submissions/get-application-confirmation";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ reference?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : DEFAULT_LOCALE, namespace: "confirmation" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ConfirmationPage({ params, searchParams }: Props) {
  const [{ locale, slug }, { reference }] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const confirmation = reference ? await getApplicationConfirmation(slug, reference) : null;
  if (!confirmation) notFound();
  const t = await getTranslations({ locale, namespace: "confirmation" });

  return (
    <>
      <CareersHeader
        organizationName={confirmation.organizationName}
        locale={locale}
        path={`${jobApplyPath(slug)}/confirmation?reference=${encodeURIComponent(confirmation.reference)}`}
      />
      <MainContent>
        <div className="mx-auto max-w-2xl px-4 py-12">
          <div role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-6">
            <h1 className="mb-3 text-3xl font-bold text-slate-900">{t("heading")}</h1>
            <p className="text-lg text-slate-900">
              {t.rich("thanks", {
                job: () => <strong>{confirmation.jobTitle}</strong>,
                organization: confirmation.organizationName,
              })}
            </p>
          </div>
          <dl className="mt-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-3 text-slate-900">
            <dt className="font-semibold">{t("reference")}</dt>
            <dd data-testid="application-reference">{confirmation.reference}</dd>
            <dt className="font-semibold">{t("sentTo")}</dt>
            <dd>{confirmation.maskedEmail}</dd>
          </dl>
          <h2 className="mt-10 mb-3 text-xl font-semibold text-slate-900">{t("nextHeading")}</h2>
          <ul className="list-disc space-y-2 pl-6 text-slate-800">
            <li>
              {t.rich("nextLink", {
                link: (text) => (
                  <Link href="/applications/status" className="text-blue-800 underline">
                    {text}
                  </Link>
                ),
              })}
            </li>
            <li>{t("nextReview")}</li>
            <li>{t("nextAccommodation")}</li>
          </ul>
          <p className="mt-10">
            <Link href={localizedPath(locale, "/")} className="text-blue-800 underline">
              {t("otherPositions")}
            </Link>
          </p>
        </div>
      </MainContent>
    </>
  );
}
