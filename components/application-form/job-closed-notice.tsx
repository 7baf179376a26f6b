import { CareersHeader } from "@/components/careers/careers-header";
import { MainContent } from "@/components/ui/main-content";
import Link from "next/link";
import type { Locale } from "@/i18n/locales";

export function JobClosedNotice({ locale }: { locale: Locale }) {
  return (
    <>
      <CareersHeader organizationName={null} locale={locale} />
      <MainContent>
        <div className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="mb-4 text-3xl font-bold text-slate-900">This position is closed</h1>
          <p className="mb-6 text-lg text-slate-800">It no longer accepts applications. Thank you for your interest.</p>
          <Link href="/" className="text-blue-800 underline">
            See our open positions
          </Link>
        </div>
      </MainContent>
    </>
  );
}
