// Single sign-on: only with AUTH_OIDC_* set, and then only for invited, active staff, matched by
// an identity already linked to them or by an email the identity provider says it verified.
import { afterAll, describe, expect, it } from "vitest";
import { buildAuthConfig } from "@/lib/auth/auth-config";
import { decideSignIn } from "@/lib/auth/sign-in-policy";
import { createStaffUser } from "../factories";
import { TEST_AUTH_SECRET, TEST_ORIGIN } from "../support/auth-core";
import { testDb } from "../support/db";

// lib/env.ts reads the environment once per process: set before anything reads it.
process.env.AUTH_OIDC_ISSUER = "https://login.example.test/realms/acme";
process.env.AUTH_OIDC_CLIENT_ID = "trellis";
process.env.AUTH_OIDC_CLIENT_SECRET = "not-a-real-secret";
process.env.AUTH_OIDC_NAME = "Acme SSO";
afterAll(() => {
  for (const name of ["AUTH_OIDC_ISSUER", "AUTH_OIDC_CLIENT_ID", "AUTH_OIDC_CLIENT_SECRET", "AUTH_OIDC_NAME"])
    delete process.env[name];
});

const oidcAccount = (sub: string) => ({ type: "oidc" as const, provider: "oidc", providerAccountId: sub });
const attempt = (sub: string, profile: { email?: string; email_verified?: boolean | string | null }) => ({
  user: { id: crypto.randomUUID(), email: profile.email },
  account: oidcAccount(sub),
  profile: { sub, ...profile } as { sub: string; email?: string; email_verified?: boolean },
});
const STRICT = { trustOidcEmail: false };
const TRUSTING = { trustOidcEmail: true };

describe("OIDC sign-in", () => {
  it("offers the provider, named by AUTH_OIDC_NAME, and links invitations by email", () => {
    const config = buildAuthConfig({ db: testDb, secret: TEST_AUTH_SECRET, appUrl: TEST_ORIGIN });
    const oidc = config.providers
      .map((provider) => (typeof provider === "function" ? provider() : provider))
      .find((provider) => provider.id === "oidc");
    expect(oidc).toMatchObject({
      type: "oidc",
      name: "Acme SSO",
      issuer: "https://login.example.test/realms/acme",
      allowDangerousEmailAccountLinking: true,
    });
  });

  it("lets an invited, active staff member in by the email the provider verified, whatever its case", async () => {
    const user = await createStaffUser(testDb, { role: "RECRUITER" });
    expect(
      await decideSignIn(
        testDb,
        attempt(`sub-${user.id}`, { email: user.email.toUpperCase(), email_verified: true }),
        STRICT,
      ),
    ).toBe(true);
    // Some providers (Cognito) send the claim as a string.
    expect(
      await decideSignIn(testDb, attempt(`sub2-${user.id}`, { email: user.email, email_verified: "true" }), STRICT),
    ).toBe(true);
  });

  it("refuses strangers, deactivated staff and addresses the provider has not verified", async () => {
    const inactive = await createStaffUser(testDb, { active: false });
    const active = await createStaffUser(testDb);
    expect(
      await decideSignIn(
        testDb,
        attempt("sub-stranger", { email: "stranger@example.test", email_verified: true }),
        STRICT,
      ),
    ).toBe(false);
    expect(
      await decideSignIn(testDb, attempt("sub-inactive", { email: inactive.email, email_verified: true }), STRICT),
    ).toBe(false);
    expect(
      await decideSignIn(testDb, attempt("sub-unverified", { email: active.email, email_verified: false }), STRICT),
    ).toBe(false);
    expect(await decideSignIn(testDb, attempt("sub-no-email", {}), STRICT)).toBe(false);
    expect(await testDb.user.count({ where: { email: "stranger@example.test" } })).toBe(0);
  });

  it("refuses an email the provider does not say it verified, unless AUTH_OIDC_TRUST_EMAIL trusts the provider", async () => {
    // A provider where a user can type any address into their profile: an insider puts an
    // administrator's address there and the provider sends it without email_verified.
    const admin = await createStaffUser(testDb, { role: "ADMIN" });
    for (const claim of [undefined, null, "false", "yes", 1]) {
      const claimed = attempt(`sub-insider-${String(claim)}-${admin.id}`, {
        email: admin.email,
        email_verified: claim as boolean | undefined,
      });
      expect(await decideSignIn(testDb, claimed, STRICT), String(claim)).toBe(false);
    }
    // Through the configuration the app builds, where AUTH_OIDC_TRUST_EMAIL is unset.
    const config = buildAuthConfig({ db: testDb, secret: TEST_AUTH_SECRET, appUrl: TEST_ORIGIN });
    const signIn = config.callbacks?.signIn as unknown as (attempt: unknown) => Promise<boolean | string>;
    expect(await signIn(attempt(`sub-config-${admin.id}`, { email: admin.email }))).toBe(false);
    expect(await signIn(attempt(`sub-config-verified-${admin.id}`, { email: admin.email, email_verified: true }))).toBe(
      true,
    );

    // An administrator who trusts their provider (one that never sends the claim) opts in; an
    // address the provider says is unverified stays refused even then.
    expect(await decideSignIn(testDb, attempt(`sub-trusted-${admin.id}`, { email: admin.email }), TRUSTING)).toBe(true);
    expect(
      await decideSignIn(
        testDb,
        attempt(`sub-trusted-false-${admin.id}`, { email: admin.email, email_verified: false }),
        TRUSTING,
      ),
    ).toBe(false);
  });

  it("follows an identity already linked to a staff member, and stops when they are deactivated", async () => {
    const user = await createStaffUser(testDb, { role: "INTERVIEWER" });
    const sub = `linked-${user.id}`;
    await testDb.account.create({ data: { userId: user.id, type: "oidc", provider: "oidc", providerAccountId: sub } });
    expect(await decideSignIn(testDb, attempt(sub, { email: "renamed@example.test" }), STRICT)).toBe(true);
    await testDb.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await decideSignIn(testDb, attempt(sub, { email: user.email, email_verified: true }), STRICT)).toBe(false);
  });
});
