import { CareersHeader } from "@/components/careers/careers-header";
import { MainContent } from "@/components/ui/main-content";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getApplicationStatusByToken } from "@/lib/applications/get-application-status";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your application", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ApplicationStatusPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await getApplicationStatusByToken(token);
  if (!status) notFound();
  return (
    <>
      <CareersHeader organizationName={status.organizationName} />
      <MainContent>
      <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="mb-2 text-3xl font-bold text-slate-900">Your application</h1>
      <p className="mb-8 text-lg text-slate-800">
        {status.jobTitle} · {status.organizationName}
      </p>
      <div className="rounded-lg border border-slate-300 bg-white p-6">
        <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">Status</p>
        <p className="mt-1 text-2xl font-semibold text-slate-900" data-testid="candidate-status">
          {status.label}
        </p>
        <p className="mt-2 text-slate-800">{status.explanation}</p>
      </div>
      <dl className="mt-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-3 text-slate-900">
        <dt className="font-semibold">Reference</dt>
        <dd>{status.reference}</dd>
        <dt className="font-semibold">Submitted</dt>
        <dd>{status.submittedAt.toUTCString()}</dd>
      </dl>
    </div>
      </MainContent>
    </>
  );
}
