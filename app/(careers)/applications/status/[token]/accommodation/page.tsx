import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccommodationForm } from "@/components/candidate-status/accommodation-form";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { loadAccommodationForm } from "@/lib/accommodations/load-accommodation-form";
import { STATUS_LINK_METADATA } from "@/lib/candidate-rights/status-link-metadata";
import { saveAccommodationAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your accommodation request", ...STATUS_LINK_METADATA };

export default async function AccommodationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const statusHref = `/applications/status/${token}`;
  const form = await loadAccommodationForm();
  const saved = view.accommodation;
  return (
    <StatusFrame
      organizationName={view.organizationName}
      title={saved ? "Update your accommodation request" : "Ask for an accommodation"}
      subtitle={`${view.jobTitle} · ${view.reference}`}
      backHref={statusHref}
    >
      <div className="prose-posting text-ink" dangerouslySetInnerHTML={{ __html: form.html }} />
      {view.isActive ? (
        <AccommodationForm
          action={saveAccommodationAction.bind(null, token)}
          formVersionId={form.id}
          options={form.options}
          saved={saved && { kinds: saved.kinds, details: saved.details, preferredContact: saved.preferredContact }}
          statusHref={statusHref}
        />
      ) : (
        <p className="text-ink">This application is closed, so there is no hiring process left to accommodate.</p>
      )}
    </StatusFrame>
  );
}
