import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErasureForm } from "@/components/candidate-status/erasure-form";
import { ErasureExplanation } from "@/components/candidate-status/erasure-explanation";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { listOwnApplications } from "@/lib/candidate-rights/list-own-applications";
import { readStatusPageLanguage, statusPageMetadata } from "@/lib/candidate-rights/read-status-page-language";
import { requestErasureAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return statusPageMetadata((await params).token, "status.erase");
}

export default async function ErasurePage({ params }: Props) {
  const { token } = await params;
  const locale = await readStatusPageLanguage(token);
  setRequestLocale(locale);
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: "status.erase" });
  const statusHref = `/applications/status/${token}`;
  return (
    <StatusFrame
      organizationName={view.organizationName}
      locale={locale}
      path={`${statusHref}/erase`}
      title={t("title")}
      backHref={statusHref}
    >
      <ErasureExplanation
        applications={await listOwnApplications(token)}
        pendingSince={view.erasure?.requestedAt ?? null}
      />
      {!view.erasure && <ErasureForm action={requestErasureAction.bind(null, token)} statusHref={statusHref} />}
    </StatusFrame>
  );
}
