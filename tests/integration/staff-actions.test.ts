// The staff page's server actions called as a forged request would call them: with someone's
// session cookie and whatever arguments. Only an administrator's session changes anything.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createStaffSession, createStaffUser, uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";

const previousSecret = process.env.AUTH_SECRET;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
afterAll(() => {
  if (previousSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = previousSecret;
});
const { changeStaffRoleAction, inviteStaffAction, setStaffActiveAction } =
  await import("@/app/(hiring)/hiring/staff/actions");

async function signInAs(role: StaffRole) {
  const user = await createStaffUser(testDb, { role });
  nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, user.id)).sessionToken}`;
  return user;
}

beforeEach(() => {
  nextRequest.cookie = "";
});

describe("staff actions", () => {
  it("refuses a signed-out caller", async () => {
    expect(
      await inviteStaffAction({ name: "X", email: `x-${uniqueSuffix()}@example.test`, role: "ADMIN" }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/signed out/) });
  });

  it("refuses a recruiter's forged calls and changes nothing", async () => {
    await signInAs("RECRUITER");
    const target = await createStaffUser(testDb, { role: "INTERVIEWER" });
    const email = `forged-${uniqueSuffix()}@example.test`;
    expect(await inviteStaffAction({ name: "Forged", email, role: "ADMIN" })).toMatchObject({
      ok: false,
      message: "You do not have permission to do that.",
    });
    expect(await changeStaffRoleAction({ userId: target.id, role: "ADMIN" })).toMatchObject({ ok: false });
    expect(await setStaffActiveAction({ userId: target.id, active: false })).toMatchObject({ ok: false });
    expect(await testDb.user.count({ where: { email } })).toBe(0);
    expect(
      await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true, active: true } }),
    ).toEqual({ role: "INTERVIEWER", active: true });
  });

  it("lets an administrator invite, validating with the shared schema", async () => {
    await signInAs("ADMIN");
    expect(await inviteStaffAction({ name: "", email: "nope", role: "OWNER" })).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(Array), email: expect.any(Array), role: expect.any(Array) },
    });
    const email = `invited-${uniqueSuffix()}@example.test`;
    expect(await inviteStaffAction({ name: "Invited Person", email, role: "COORDINATOR" })).toMatchObject({ ok: true });
    expect(await testDb.user.count({ where: { email, role: "COORDINATOR" } })).toBe(1);
  });

  it("stops working for an administrator the moment they are deactivated", async () => {
    const admin = await signInAs("ADMIN");
    await testDb.user.update({ where: { id: admin.id }, data: { active: false } });
    const target = await createStaffUser(testDb, { role: "RECRUITER" });
    expect(await setStaffActiveAction({ userId: target.id, active: false })).toMatchObject({ ok: false });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { active: true } })).active).toBe(
      true,
    );
  });
});
