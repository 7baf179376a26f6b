// Single sign-on: only with AUTH_OIDC_* set, and then only for invited, active staff, matched by
// an identity already linked to them or by the email the identity provider vouches for.
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
  for (const name of ["AUTH_OIDC_ISSUER", "AUTH_OIDC_CLIENT_ID", "AUTH_OIDC_CLIENT_SECRET", "AUTH_OIDC_NAME"]) delete process.env[name];
});

const oidcAccount = (sub: string) => ({ type: "oidc" as const, provider: "oidc", providerAccountId: sub });
const attempt = (sub: string, profile: { email?: string; email_verified?: boolean }) => ({
  user: { id: crypto.randomUUID(), email: profile.email },
  account: oidcAccount(sub),
  profile: { sub, ...profile },
});

describe("OIDC sign-in", () => {
  it("offers the provider, named by AUTH_OIDC_NAME, and links invitations by email", () => {
    const config = buildAuthConfig({ db: testDb, secret: TEST_AUTH_SECRET, appUrl: TEST_ORIGIN });
    const oidc = config.providers.map((provider) => (typeof provider === "function" ? provider() : provider)).find((provider) => provider.id === "oidc");
    expect(oidc).toMatchObject({ type: "oidc", name: "Acme SSO", issuer: "https://login.example.test/realms/acme", allowDangerousEmailAccountLinking: true });
  });

  it("lets an invited, active staff member in by the provider's email, whatever its case", async () => {
    const user = await createStaffUser(testDb, { role: "RECRUITER" });
    expect(await decideSignIn(testDb, attempt(`sub-${user.id}`, { email: user.email.toUpperCase(), email_verified: true }))).toBe(true);
    expect(await decideSignIn(testDb, attempt(`sub2-${user.id}`, { email: user.email }))).toBe(true);
  });

  it("refuses strangers, deactivated staff and addresses the provider has not verified", async () => {
    const inactive = await createStaffUser(testDb, { active: false });
    const active = await createStaffUser(testDb);
    expect(await decideSignIn(testDb, attempt("sub-stranger", { email: "stranger@example.test", email_verified: true }))).toBe(false);
    expect(await decideSignIn(testDb, attempt("sub-inactive", { email: inactive.email, email_verified: true }))).toBe(false);
    expect(await decideSignIn(testDb, attempt("sub-unverified", { email: active.email, email_verified: false }))).toBe(false);
    expect(await decideSignIn(testDb, attempt("sub-no-email", {}))).toBe(false);
    expect(await testDb.user.count({ where: { email: "stranger@example.test" } })).toBe(0);
  });

  it("follows an identity already linked to a staff member, and stops when they are deactivated", async () => {
    const user = await createStaffUser(testDb, { role: "INTERVIEWER" });
    const sub = `linked-${user.id}`;
    await testDb.account.create({ data: { userId: user.id, type: "oidc", provider: "oidc", providerAccountId: sub } });
    expect(await decideSignIn(testDb, attempt(sub, { email: "renamed@example.test" }))).toBe(true);
    await testDb.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await decideSignIn(testDb, attempt(sub, { email: user.email }))).toBe(false);
  });
});
