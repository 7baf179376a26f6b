import type { Metadata } from "next";
import Link from "next/link";
import { SignInPanel } from "@/components/hiring/sign-in-panel";
import { Alert } from "@/components/ui/alert";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/send-sign-in-email";
import { isDevMailboxEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };
export const dynamic = "force-dynamic";

// Shown for every address, with or without an account: the wording promises nothing more.
export default function CheckEmailPage() {
  return (
    <SignInPanel title="Check your email">
      <p>
        If that address belongs to a Trellis account, we have sent it a sign-in link. It works once and expires in{" "}
        {MAGIC_LINK_MAX_AGE_SECONDS / 60} minutes.
      </p>
      <p className="text-ink-muted">
        Nothing arrived? Check your spam folder, or ask your administrator whether you have been invited.
      </p>
      {isDevMailboxEnabled() && (
        <Alert variant="info" live="off" title="Local development">
          No email server is configured, so the link is in the <Link href="/dev/mailbox">development mailbox</Link>.
        </Alert>
      )}
      <p>
        <Link href={SIGN_IN_PATH}>Use a different email address</Link>
      </p>
    </SignInPanel>
  );
}
