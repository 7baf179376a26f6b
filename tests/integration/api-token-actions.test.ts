// The API token server actions called as a forged request would call them: only admins create or
// revoke tokens, the secret comes back once, and no input gives a 5xx.
import { afterAll, describe, expect, it } from "vitest";
import { hashApiToken } from "@/lib/api-tokens/token-secret";
import { uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";
import { callApi } from "../support/staff-api";
import { staffOfEveryRole } from "../support/staff-sessions";

const previousSecret = process.env.AUTH_SECRET;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
afterAll(() => {
  if (previousSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = previousSecret;
});
const actions = await import("@/app/(hiring)/hiring/api-tokens/actions");
const { sessions } = staffOfEveryRole();
const signInAs = (role: keyof typeof sessions) => {
  nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
};

describe("API token actions", () => {
  it("refuse every role but admin, and change nothing", async () => {
    const name = `Forged ${uniqueSuffix()}`;
    for (const role of ["RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      signInAs(role);
      expect(
        await actions.createApiTokenAction({ name, scopes: ["applications:read"], expiresInDays: "30" }),
      ).toMatchObject({ ok: false, message: "You do not have permission to do that." });
      expect(await actions.revokeApiTokenAction({ tokenId: "x" })).toMatchObject({ ok: false });
    }
    expect(await testDb.apiToken.count({ where: { name } })).toBe(0);
  });

  it("give an admin the secret once, and a revoked token stops working at once", async () => {
    signInAs("ADMIN");
    const name = `HRIS ${uniqueSuffix()}`;
    const created = await actions.createApiTokenAction({ name, scopes: ["jobs:read"], expiresInDays: "never" });
    expect(created).toMatchObject({ ok: true, secret: expect.stringMatching(/^trl_/) });
    if (!created.ok) throw new Error(created.message);
    const row = await testDb.apiToken.findFirstOrThrow({ where: { name } });
    expect(row).toMatchObject({ tokenHash: hashApiToken(created.secret), expiresAt: null, scopes: ["jobs:read"] });
    expect((await callApi(created.secret, "/jobs")).status).toBe(200);
    expect(await actions.revokeApiTokenAction({ tokenId: row.id })).toMatchObject({ ok: true });
    expect((await callApi(created.secret, "/jobs")).status).toBe(401);
  });

  it("answer bad input with field errors, never a 5xx", async () => {
    signInAs("ADMIN");
    for (const input of [
      null,
      "text",
      { name: "", scopes: ["jobs:read"], expiresInDays: "30" },
      { name: "x", scopes: [], expiresInDays: "30" },
      { name: "x", scopes: ["admin:everything"], expiresInDays: "30" },
      { name: "x", scopes: ["jobs:read"], expiresInDays: "3650" },
      { name: "a\u0000b", scopes: ["jobs:read"], expiresInDays: "30" },
      { name: "x".repeat(5000), scopes: ["jobs:read"], expiresInDays: "30" },
    ]) {
      expect(await actions.createApiTokenAction(input), JSON.stringify(input)).toMatchObject({ ok: false });
    }
    for (const tokenId of ["does-not-exist", "a\u0000b", "x".repeat(5000), 42])
      expect(await actions.revokeApiTokenAction({ tokenId })).toMatchObject({ ok: false });
  });
});
