import { CareersHeader } from "@/components/careers/careers-header";
import { MainContent } from "@/components/ui/main-content";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { getApplicationConfirmation } from "@/lib/submissions/get-application-confirmation";

export const metadata: Metadata = { title: "Application received", robots: { index: false } };

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ reference?: string }> };

export default async function ConfirmationPage({ params, searchParams }: Props) {
  const [{ locale, slug }, { reference }] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const confirmation = reference ? await getApplicationConfirmation(slug, reference) : null;
  if (!confirmation) notFound();

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
            <h1 className="mb-3 text-3xl font-bold text-slate-900">Application received</h1>
            <p className="text-lg text-slate-900">
              Thank you for applying for <strong>{confirmation.jobTitle}</strong> at {confirmation.organizationName}.
            </p>
          </div>
          <dl className="mt-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-3 text-slate-900">
            <dt className="font-semibold">Reference</dt>
            <dd data-testid="application-reference">{confirmation.reference}</dd>
            <dt className="font-semibold">Confirmation sent to</dt>
            <dd>{confirmation.maskedEmail}</dd>
          </dl>
          <h2 className="mt-10 mb-3 text-xl font-semibold text-slate-900">What happens next</h2>
          <ul className="list-disc space-y-2 pl-6 text-slate-800">
            <li>
              The confirmation email contains a private link where you can see where your application stands, update an
              accommodation request, download your data or withdraw. No email?{" "}
              <Link href="/applications/status" className="text-blue-800 underline">
                Get a new link
              </Link>
              .
            </li>
            <li>A recruiter reviews every application. We will tell you about every decision, whatever it is.</li>
            <li>
              If you asked for an accommodation, our accommodations coordinator will contact you the way you chose.
            </li>
          </ul>
          <p className="mt-10">
            <Link href="/" className="text-blue-800 underline">
              See other open positions
            </Link>
          </p>
        </div>
      </MainContent>
    </>
  );
}
