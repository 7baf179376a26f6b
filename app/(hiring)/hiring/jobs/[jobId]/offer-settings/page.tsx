import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobOfferSettingsForm } from "@/components/offer-settings/job-offer-settings-form";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getJobOfferSettings } from "@/lib/offers/job-offer-settings";
import { MAX_OFFER_APPROVERS } from "@/lib/offers/schema";
import { staffJobEditPath } from "@/lib/paths/jobs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Offer settings" };

type Props = { params: Promise<{ jobId: string }> };

export default async function JobOfferSettingsPage({ params }: Props) {
  const actor = await requireActorForPage();
  const jobId = Number((await params).jobId);
  if (!Number.isSafeInteger(jobId) || jobId <= 0) notFound();
  const settings = await getJobOfferSettings({ actor, jobId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const approverIds = settings.job.offerApprovers.map((row) => row.userId);
  return (
    <MainContent className="py-8">
      <Container className="space-y-6">
        <p>
          <Link href={staffJobEditPath(jobId)}>Back to the job</Link>
        </p>
        <h1 className="text-3xl font-bold text-ink">Offer settings: {settings.job.title}</h1>
        <JobOfferSettingsForm
          eligible={settings.eligible}
          initialValues={{
            jobId,
            exportControlled: settings.job.exportControlled,
            approverIds: Array.from({ length: MAX_OFFER_APPROVERS }, (_, index) => approverIds[index] ?? ""),
          }}
        />
      </Container>
    </MainContent>
  );
}
