import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { localizedPath } from "@/i18n/locale-paths";
import type { Locale } from "@/i18n/locales";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { cn } from "@/lib/utils/cn";
import { ApplyLink } from "./apply-link";

/** The way to apply, or, once the job is closed, a plain notice instead of a dead link. */
export function ApplyCallToAction({ slug, isOpen, className }: { slug: string; isOpen: boolean; className?: string }) {
  const t = useTranslations("careers.posting");
  const locale = useLocale() as Locale;
  if (!isOpen) {
    return (
      <Alert variant="warning" live="off" title={t("closedTitle")} className={className}>
        {t.rich("closedText", { link: (text) => <Link href={localizedPath(locale, "/")}>{text}</Link> })}
      </Alert>
    );
  }
  return (
    <ApplyLink
      href={localizedPath(locale, jobApplyPath(slug))}
      className={buttonStyles({ size: "lg", className: cn("w-full", className) })}
    >
      {t("apply")}
    </ApplyLink>
  );
}
