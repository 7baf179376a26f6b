import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ErasureForm } from "@/components/candidate-status/erasure-form";
import { ErasureExplanation } from "@/components/candidate-status/erasure-explanation";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { listOwnApplications } from "@/lib/candidate-rights/list-own-applications";
import { STATUS_LINK_METADATA } from "@/lib/candidate-rights/status-link-metadata";
import { requestErasureAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Erase your data", ...STATUS_LINK_METADATA };

export default async function ErasurePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const statusHref = `/applications/status/${token}`;
  return (
    <StatusFrame organizationName={view.organizationName} title="Erase your data" backHref={statusHref}>
      <ErasureExplanation
        applications={await listOwnApplications(token)}
        pendingSince={view.erasure?.requestedAt ?? null}
      />
      {!view.erasure && <ErasureForm action={requestErasureAction.bind(null, token)} statusHref={statusHref} />}
    </StatusFrame>
  );
}
