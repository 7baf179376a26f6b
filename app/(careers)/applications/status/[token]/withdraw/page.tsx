import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { WithdrawForm } from "@/components/candidate-status/withdraw-form";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { STATUS_LINK_METADATA } from "@/lib/candidate-rights/status-link-metadata";
import { listWithdrawalReasons } from "@/lib/candidate-rights/withdraw-application";
import { withdrawAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Withdraw your application", ...STATUS_LINK_METADATA };

export default async function WithdrawPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const statusHref = `/applications/status/${token}`;
  return (
    <StatusFrame
      organizationName={view.organizationName}
      title="Withdraw your application"
      subtitle={`${view.jobTitle} · ${view.reference}`}
      backHref={statusHref}
    >
      {view.isActive ? (
        <>
          <div className="space-y-3 text-ink">
            <p>
              Withdrawing ends this application. The hiring team stops reviewing it, and any interviews still to come
              will be cancelled.
            </p>
            <p>
              You can apply again later, for this or any other role. Your data stays with us as our privacy notice says;
              you can also ask us to erase it.
            </p>
          </div>
          <WithdrawForm
            action={withdrawAction.bind(null, token)}
            reasons={await listWithdrawalReasons()}
            statusHref={statusHref}
          />
        </>
      ) : (
        <p className="text-ink">This application is already closed, so there is nothing to withdraw.</p>
      )}
    </StatusFrame>
  );
}
