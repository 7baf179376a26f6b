import "server-only";
import type { Account, Profile, User } from "next-auth";
import type { Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/format/email";
import { CHECK_EMAIL_PATH } from "./paths";

type SignInAttempt = {
  user: Pick<User, "id" | "email">;
  account?: Pick<Account, "type" | "provider" | "providerAccountId"> | null;
  profile?: Profile;
  email?: { verificationRequest?: boolean };
};

export type SignInPolicy = {
  /**
   * AUTH_OIDC_TRUST_EMAIL=1: the provider's email is taken without an `email_verified` claim,
   * for a provider that never sends one and lets nobody choose their own address.
   */
  trustOidcEmail: boolean;
};

/**
 * Auth.js's signIn callback: only an invited, active staff member gets in. `true` lets Auth.js
 * go on; `false` ends on the error page ("no Trellis account"); a string is a redirect.
 */
export async function decideSignIn(
  db: Pick<Db, "user" | "account">,
  attempt: SignInAttempt,
  policy: SignInPolicy,
): Promise<boolean | string> {
  const staff = await findInvitedStaff(db, attempt, policy);
  const allowed = staff?.active === true;
  // Asking for a magic link: a stranger sees the same "check your email" page as staff and is
  // sent nothing, so the form does not tell anyone which addresses have accounts.
  if (attempt.email?.verificationRequest) return allowed ? true : CHECK_EMAIL_PATH;
  return allowed;
}

async function findInvitedStaff(
  db: Pick<Db, "user" | "account">,
  { user, account, profile }: SignInAttempt,
  policy: SignInPolicy,
) {
  const select = { id: true, active: true } as const;
  if (account?.type === "email") {
    return user.email ? db.user.findUnique({ where: { email: normalizeEmail(user.email) }, select }) : null;
  }
  if (account?.type === "oidc") {
    // An identity already linked to a staff member stays theirs, whatever email it now carries.
    const linked = await db.account.findUnique({
      where: {
        provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId },
      },
      select: { user: { select } },
    });
    if (linked) return linked.user;
    // Otherwise the invitation is matched by the email the identity provider vouches for (see
    // oidc-provider.ts for why it is trusted), and only if it says so: many providers let a
    // user type any address into their profile, and without `email_verified` an insider could
    // claim an administrator's invitation. Some (Cognito) send the claim as a string.
    if (!profile?.email) return null;
    const claim: unknown = profile.email_verified;
    // AUTH_OIDC_TRUST_EMAIL covers a provider that sends no claim, never one that says "not verified".
    const vouched = claim === true || claim === "true" || (claim === undefined && policy.trustOidcEmail);
    if (!vouched) return null;
    return db.user.findUnique({ where: { email: normalizeEmail(profile.email) }, select });
  }
  return null;
}
