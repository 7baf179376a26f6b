import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { APPLY_LINK_ATTRIBUTE } from "@/components/careers/candidate-page-script";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { localizedPath } from "@/i18n/locale-paths";
import type { Locale } from "@/i18n/locales";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { cn } from "@/lib/utils/cn";

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
  // A plain link: the posting is static HTML without Next.js's router (docs/decisions/0053), and
  // its script (candidate-page-script.tsx) adds the address's tracking parameters to it.
  return (
    <a
      href={localizedPath(locale, jobApplyPath(slug))}
      className={buttonStyles({ size: "lg", className: cn("w-full", className) })}
      {...{ [APPLY_LINK_ATTRIBUTE]: "" }}
    >
      {t("apply")}
    </a>
  );
}
