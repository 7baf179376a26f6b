import { CareersHeader } from "@/components/careers/careers-header";
import { MainContent } from "@/components/ui/main-content";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/application-form/application-form";
import { JobClosedNotice } from "@/components/application-form/job-closed-notice";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { legalTextsAsHtml } from "@/lib/submissions/legal-texts-html";
import { AppError } from "@/lib/errors";
import { setRequestLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { jobApplyPath } from "@/lib/jobs/job-paths";

// Rendered per request, not cached: the form names the legal texts in force (their version
// ids), and a cached page would keep offering a version an admin has since replaced.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

// One load per request, shared by the metadata and the page.
const loadContextForSlug = cache((slug: string) => loadApplicationFormContext({ slug }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const context = await loadContextForSlug(slug).catch(() => null);
  return {
    title: context ? `Apply: ${context.jobTitle}` : "Apply",
    robots: { index: false },
  };
}

export default async function ApplyPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const context = await loadContextForSlug(slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "JOB_CLOSED") return "closed" as const;
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (context === "closed") return <JobClosedNotice locale={locale} />;

  return (
    <>
      <CareersHeader organizationName={context.organizationName} locale={locale} path={jobApplyPath(slug)} />
      <MainContent>
        <div className="mx-auto max-w-3xl px-4 py-8">
          <p className="mb-2">
            <Link href={`/jobs/${slug}`} className="text-blue-800 underline">
              Back to the job description
            </Link>
          </p>
          <h1 className="mb-2 text-3xl font-bold text-slate-900">Apply for {context.jobTitle}</h1>
          <p className="mb-8 text-lg text-slate-800">{context.organizationName}</p>
          <ApplicationForm context={context} legalHtml={legalTextsAsHtml(context)} />
        </div>
      </MainContent>
    </>
  );
}
