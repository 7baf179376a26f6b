import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { localizedPath } from "@/i18n/locale-paths";
import type { Locale } from "@/i18n/locales";

/** The band below every careers page: the way back to an application whose link was lost. */
export async function CareersFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "careers.footer" });
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <Container className="flex min-h-16 flex-wrap items-center gap-x-6 gap-y-2 py-4 text-sm text-ink-muted">
        <Link href={localizedPath(locale, "/")} className="text-ink-muted underline hover:text-brand">
          {t("allPositions")}
        </Link>
        <Link href="/applications/status" className="text-ink-muted underline hover:text-brand">
          {t("lostLink")}
        </Link>
      </Container>
    </footer>
  );
}
