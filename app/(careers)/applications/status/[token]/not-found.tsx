import { ResendLinkForm } from "@/components/candidate-status/resend-link-form";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { STATUS_LINK_DAYS_AFTER_CLOSE } from "@/lib/candidate-rights/status-link-expiry";
import { resendStatusLinkAction } from "../actions";

// Any status-link page whose link does not work (never existed, replaced, expired, erased): the
// same page for each, so it tells nobody which, and the way to a fresh link by email.
export default function StatusLinkNotFound() {
  return (
    <StatusFrame organizationName={null} title="This link does not work any more">
      <div className="space-y-3 text-ink">
        <p>
          A private status link stops working when a newer one is sent, {STATUS_LINK_DAYS_AFTER_CLOSE} days after its
          application is closed, or when the data is erased.
        </p>
        <p>
          Enter the email address you applied with and we will send a fresh link for each of your applications. We send
          it only to that address, and this page looks the same whether or not anyone applied with it.
        </p>
      </div>
      <ResendLinkForm action={resendStatusLinkAction} />
    </StatusFrame>
  );
}
