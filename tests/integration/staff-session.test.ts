// getActor() and friends against real session rows: Auth.js checks the session (and its expiry),
// lib/auth/session.ts the User row behind it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createStaffSession, createStaffUser } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";

const previousSecret = process.env.AUTH_SECRET;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
afterAll(() => {
  if (previousSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = previousSecret;
});
const { getActor, requireActorForAction, requireActorForPage } = await import("@/lib/auth/session");

function signInAs(sessionToken: string | null) {
  nextRequest.cookie = sessionToken ? `authjs.session-token=${sessionToken}` : "";
}

beforeEach(() => {
  nextRequest.headers = new Headers();
  signInAs(null);
});

describe("getActor", () => {
  it("returns the staff member of a valid session, role read from their User row", async () => {
    const user = await createStaffUser(testDb, { role: "HIRING_MANAGER" });
    const { sessionToken } = await createStaffSession(testDb, user.id);
    signInAs(sessionToken);
    expect(await getActor()).toEqual({ userId: user.id, role: "HIRING_MANAGER", email: user.email, name: user.name });

    await testDb.user.update({ where: { id: user.id }, data: { role: "RECRUITER" } });
    expect((await getActor())?.role).toBe("RECRUITER");
  });

  it("returns null without a session cookie or with an unknown token", async () => {
    expect(await getActor()).toBeNull();
    signInAs("not-a-session");
    expect(await getActor()).toBeNull();
  });

  it("returns null for an expired session, which Auth.js then deletes", async () => {
    const user = await createStaffUser(testDb);
    const { sessionToken } = await createStaffSession(testDb, user.id, { expiresInMs: -1_000 });
    signInAs(sessionToken);
    expect(await getActor()).toBeNull();
    expect(await testDb.session.count({ where: { sessionToken } })).toBe(0);
  });

  it("returns null once the user is deactivated, even while the session row exists", async () => {
    const user = await createStaffUser(testDb, { role: "ADMIN" });
    const { sessionToken } = await createStaffSession(testDb, user.id);
    signInAs(sessionToken);
    expect(await getActor()).not.toBeNull();
    await testDb.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getActor()).toBeNull();
  });

  it("extends a session in use after an hour (updateAge), up to 12 hours from now", async () => {
    const user = await createStaffUser(testDb);
    const { sessionToken } = await createStaffSession(testDb, user.id, { expiresInMs: 10 * 60 * 60 * 1000 });
    signInAs(sessionToken);
    await getActor();
    const { expires } = await testDb.session.findUniqueOrThrow({ where: { sessionToken }, select: { expires: true } });
    expect((expires.getTime() - Date.now()) / 3_600_000).toBeGreaterThan(11.9);
  });
});

describe("requireActorForAction / requireActorForPage", () => {
  it("throws UNAUTHORIZED for an action without a session", async () => {
    const error = await requireActorForAction().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAUTHORIZED");
  });

  it("redirects a page to sign-in, coming back to the requested staff page", async () => {
    nextRequest.headers = new Headers({ "x-trellis-path": "/hiring/staff?tab=active" });
    const error = await requireActorForPage().catch((caught: unknown) => caught);
    expect(String((error as { digest?: string }).digest)).toContain(
      "/hiring/sign-in?callbackUrl=%2Fhiring%2Fstaff%3Ftab%3Dactive",
    );
  });
});
