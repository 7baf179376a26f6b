import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ApplicationForm } from "@/components/application-form/application-form";
import { JobClosedNotice } from "@/components/application-form/job-closed-notice";
import { CareersHeader } from "@/components/careers/careers-header";
import { PostingLink } from "@/components/careers/posting-link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MainContent } from "@/components/ui/main-content";
import { localizedPath } from "@/i18n/locale-paths";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { AppError } from "@/lib/errors";
import { jobApplyPath, jobPostingPath } from "@/lib/jobs/job-paths";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { legalTextsAsHtml } from "@/lib/submissions/legal-texts-html";

// Rendered per request, not cached: the form names the legal texts in force (their version
// ids), and a cached page would keep offering a version an admin has since replaced.
export const dynamic = "force-dynamic";

// What the form reads in the browser: its own texts, the schema's messages, the legal-text notice.
const APPLICATION_FORM_MESSAGES = ["apply", "validation", "legal"];

type Props = { params: Promise<{ locale: string; slug: string }> };

// One load per request, shared by the metadata and the page; the legal texts in the form's language.
const loadContextForSlug = cache((slug: string, language: string) =>
  loadApplicationFormContext({ slug }, { language }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested, slug } = await params;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const [context, t] = await Promise.all([
    loadContextForSlug(slug, locale).catch(() => null),
    getTranslations({ locale, namespace: "apply.page" }),
  ]);
  return {
    title: context ? t("title", { job: context.jobTitle }) : t("titleWithoutJob"),
    robots: { index: false },
  };
}

export default async function ApplyPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const context = await loadContextForSlug(slug, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "JOB_CLOSED") return "closed" as const;
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (context === "closed") return <JobClosedNotice locale={locale} />;
  const t = await getTranslations({ locale, namespace: "apply.page" });

  return (
    <>
      <CareersHeader organizationName={context.organizationName} locale={locale} path={jobApplyPath(slug)} />
      <MainContent>
        <div className="mx-auto max-w-3xl px-4 py-8">
          <p className="mb-2">
            <PostingLink href={localizedPath(locale, jobPostingPath(slug))} className="text-blue-800 underline">
              {t("back")}
            </PostingLink>
          </p>
          <h1 className="mb-2 text-3xl font-bold text-slate-900">{t("heading", { job: context.jobTitle })}</h1>
          <p className="mb-8 text-lg text-slate-800">{context.organizationName}</p>
          <ClientMessages locale={locale} pick={APPLICATION_FORM_MESSAGES}>
            <ApplicationForm context={context} legalHtml={legalTextsAsHtml(context)} />
          </ClientMessages>
        </div>
      </MainContent>
    </>
  );
}
