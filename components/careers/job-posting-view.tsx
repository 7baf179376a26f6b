import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ApplyCallToAction } from "@/components/careers/apply-call-to-action";
import { JobFacts } from "@/components/careers/job-facts";
import { PostingSections } from "@/components/careers/posting-sections";
import { Container } from "@/components/ui/container";
import { localizedPath } from "@/i18n/locale-paths";
import type { Locale } from "@/i18n/locales";
import type { RenderedSection } from "@/lib/jobs/posting-sections";
import type { JobPosting } from "@/lib/jobs/public-queries";

type JobPostingViewProps = { job: JobPosting; sections: RenderedSection[] };

// One column on phones (title, facts and apply, then the posting); on wide screens the facts
// and the apply button stay beside the text while it scrolls.
export function JobPostingView({ job, sections }: JobPostingViewProps) {
  const t = useTranslations("careers.posting");
  const locale = useLocale() as Locale;
  return (
    <Container className="py-8 sm:py-12">
      <p className="text-sm">
        <Link href={localizedPath(locale, "/")}>
          <span aria-hidden="true">← </span>
          {t("allPositions")}
        </Link>
      </p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-x-12">
        <header className="space-y-2 lg:col-start-1">
          <p className="text-sm font-semibold text-brand">{job.department}</p>
          {/* The job's own text is in the language it was written in; the page around it in the visitor's. */}
          <h1 lang={job.language} className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            {job.title}
          </h1>
          <p className="text-ink-muted">{job.organization.name}</p>
        </header>
        <aside
          aria-label={t("aboutThisJob")}
          className="space-y-6 self-start rounded-lg border border-line bg-surface p-5 shadow-sm lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1"
        >
          <ApplyCallToAction slug={job.slug} isOpen={job.isOpen} />
          <JobFacts job={job} />
        </aside>
        <div className="space-y-10 lg:col-start-1">
          <div lang={job.language}>
            <PostingSections sections={sections} />
          </div>
          <ApplyCallToAction slug={job.slug} isOpen={job.isOpen} className="sm:w-auto" />
        </div>
      </div>
    </Container>
  );
}
