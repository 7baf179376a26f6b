import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/hiring/sign-in-form";
import { SignInPanel } from "@/components/hiring/sign-in-panel";
import { safeStaffPath } from "@/lib/auth/paths";
import { getActor } from "@/lib/auth/session";
import { getEnv, isOidcEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const target = safeStaffPath(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await getActor()) redirect(target);
  return (
    <SignInPanel title="Sign in to Trellis">
      <p className="text-ink-muted">For the hiring team. Candidates do not need an account.</p>
      <SignInForm callbackUrl={target} oidcName={isOidcEnabled() ? getEnv().AUTH_OIDC_NAME : null} />
    </SignInPanel>
  );
}
