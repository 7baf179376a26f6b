"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { CHECK_EMAIL_PATH, SIGN_IN_PATH, safeStaffPath } from "@/lib/auth/paths";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { isOidcEnabled } from "@/lib/env";
import type { ActionFailure } from "@/lib/actions/action-result";
import { actionFailure, validationFailure } from "@/lib/http/action-failure";
import { limitSignInRequest } from "@/lib/rate-limit/limit-requests";

/** Asks for a magic link. On success it redirects to "check your email", for every address. */
export async function requestSignInLinkAction(values: unknown, callbackUrl: unknown): Promise<ActionFailure> {
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, "Enter your work email address.");
  try {
    // Per client address, before Auth.js looks at the email: the same for every address typed.
    await limitSignInRequest(await headers());
    // redirect: false, then one redirect of our own: an invited and an unknown address end on
    // exactly the same URL (Auth.js would name different ones), so the answer reveals nothing.
    await signIn("email", {
      email: parsed.data.email,
      redirectTo: safeStaffPath(String(callbackUrl ?? "")),
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, message: "We could not send the sign-in email just now. Please try again in a minute." };
    }
    return actionFailure(error, "requestSignInLink");
  }
  redirect(CHECK_EMAIL_PATH);
}

/** Starts single sign-on; Auth.js answers with the identity provider's address. */
export async function signInWithOidcAction(callbackUrl: unknown): Promise<ActionFailure> {
  if (!isOidcEnabled()) return { ok: false, message: "Single sign-on is not configured." };
  let target: string;
  try {
    target = await signIn("oidc", { redirectTo: safeStaffPath(String(callbackUrl ?? "")), redirect: false });
  } catch (error) {
    if (error instanceof AuthError)
      return { ok: false, message: "Single sign-on is not available just now. Please try again, or sign in by email." };
    return actionFailure(error, "signInWithOidc");
  }
  redirect(target);
}

export async function signOutAction(): Promise<void> {
  // Deletes the session row (not just the cookie), so the session is over everywhere.
  await signOut({ redirect: false });
  redirect(SIGN_IN_PATH);
}
