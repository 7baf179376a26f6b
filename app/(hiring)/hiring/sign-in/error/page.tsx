import type { Metadata } from "next";
import Link from "next/link";
import { SignInPanel } from "@/components/hiring/sign-in-panel";
import { SIGN_IN_PATH } from "@/lib/auth/paths";

export const metadata: Metadata = { title: "Sign-in problem" };

// Auth.js sends people here with ?error=<type>. AccessDenied only ever follows a proven
// identity (an opened magic link, or the identity provider's answer), so saying plainly that
// the address has no account tells an anonymous visitor nothing.
const MESSAGES: Record<string, { title: string; body: string }> = {
  AccessDenied: {
    title: "No Trellis account",
    body: "This email has no Trellis account. Ask your administrator for an invitation.",
  },
  Verification: {
    title: "This link no longer works",
    body: "Sign-in links work once and expire after a while. Ask for a new one below.",
  },
};
const FALLBACK = {
  title: "We could not sign you in",
  body: "Something went wrong while signing you in. Please try again.",
};

type Props = { searchParams: Promise<{ error?: string | string[] }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  const { title, body } = (typeof error === "string" && MESSAGES[error]) || FALLBACK;
  return (
    <SignInPanel title={title}>
      <p>{body}</p>
      <p>
        <Link href={SIGN_IN_PATH}>Back to sign in</Link>
      </p>
    </SignInPanel>
  );
}
