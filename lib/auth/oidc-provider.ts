import "server-only";
import type { OIDCConfig } from "next-auth/providers";
import { getEnv, isOidcEnabled } from "@/lib/env";
import { normalizeEmail } from "@/lib/format/email";

type OidcProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string };

/** Single sign-on with any OpenID Connect provider, when AUTH_OIDC_* are set; null otherwise. */
export function oidcProvider(): OIDCConfig<OidcProfile> | null {
  if (!isOidcEnabled()) return null;
  const env = getEnv();
  return {
    id: "oidc",
    name: env.AUTH_OIDC_NAME,
    type: "oidc",
    issuer: env.AUTH_OIDC_ISSUER,
    clientId: env.AUTH_OIDC_CLIENT_ID,
    clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    checks: ["pkce", "state", "nonce"],
    // Trust decision: an invited staff member's first single sign-on is linked to their invitation
    // by email. That is safe here because the identity provider is not a public one anybody can
    // register with: the administrator configured it for their own organization, so its email
    // claim is as trustworthy as the invitation itself, once the provider says it verified the
    // address (`email_verified`; sign-in-policy.ts refuses it otherwise, unless the administrator
    // set AUTH_OIDC_TRUST_EMAIL=1). Nobody without an invitation gets in either way.
    allowDangerousEmailAccountLinking: true,
    profile(profile) {
      return {
        id: profile.sub,
        name: profile.name ?? null,
        email: typeof profile.email === "string" ? normalizeEmail(profile.email) : null,
      };
    },
  };
}
