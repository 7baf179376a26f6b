import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ResendLinkForm } from "@/components/candidate-status/resend-link-form";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { resendStatusLinkAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Get a new link to your application",
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<{ sent?: string }> };

export default async function ResendStatusLinkPage({ searchParams }: Props) {
  const { sent } = await searchParams;
  return (
    <StatusFrame organizationName={null} title="Get a new link to your application">
      {sent === "1" && (
        <Alert variant="success" title="Check your email">
          If anyone applied with that address, we have emailed a new private link for each application to it. It can
          take a few minutes to arrive; check your spam folder too. Links sent before no longer work.
        </Alert>
      )}
      <p className="text-ink">
        Lost the email with your private status link, or worried someone else has it? Enter the email address you
        applied with and we will send a new link for each of your applications. Earlier links stop working.
      </p>
      <ResendLinkForm action={resendStatusLinkAction} />
    </StatusFrame>
  );
}
