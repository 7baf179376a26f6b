// Inviting, changing roles and deactivating: administrators only, every change audited, and
// Trellis always keeps an active administrator.
import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { listStaff } from "@/lib/staff/list-staff";
import { setStaffActive } from "@/lib/staff/set-staff-active";
import { actorFor, createStaffSession, createStaffUser, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { expectAppError } from "../support/app-error";

const NON_ADMIN_ROLES: StaffRole[] = ["RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"];

const auditFor = (userId: string) =>
  testDb.auditEvent.findMany({
    where: { subjectType: "user", subjectId: userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, actorId: true, metadata: true },
  });

describe("inviting staff", () => {
  it("creates the account lower-cased, audits it and queues the invitation email", async () => {
    const admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
    const email = `New.Person-${uniqueSuffix()}@Example.test`;
    const { userId, emailId } = await inviteStaffMember({
      actor: admin,
      input: { name: "New Person", email, role: "COORDINATOR" },
    });

    const user = await testDb.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, role: true, active: true, invitedById: true },
    });
    expect(user).toEqual({ email: email.toLowerCase(), role: "COORDINATOR", active: true, invitedById: admin.userId });
    expect(await auditFor(userId)).toEqual([
      { action: "staff.invited", actorId: admin.userId, metadata: { email: email.toLowerCase(), role: "COORDINATOR" } },
    ]);
    const message = await testDb.emailOutbox.findUniqueOrThrow({
      where: { id: emailId },
      select: { toAddress: true, template: true, textBody: true, status: true },
    });
    expect(message).toMatchObject({ toAddress: email.toLowerCase(), template: "staff-invitation", status: "PENDING" });
    expect(message.textBody).toContain("/hiring/sign-in");
    expect(message.textBody).not.toContain("token=");
  });

  it("refuses an address that already has an account, whatever its case", async () => {
    const admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
    const existing = await createStaffUser(testDb);
    const error = await expectAppError(
      inviteStaffMember({
        actor: admin,
        input: { name: "Dup", email: existing.email.toUpperCase(), role: "RECRUITER" },
      }),
      "VALIDATION",
    );
    expect(error.fieldErrors?.email?.[0]).toMatch(/already has a Trellis account/);
  });
});

describe("changing roles and access", () => {
  it("changes a role and records from and to", async () => {
    const admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
    const member = await createStaffUser(testDb, { role: "INTERVIEWER" });
    expect(await changeStaffRole({ actor: admin, input: { userId: member.id, role: "HIRING_MANAGER" } })).toEqual({
      changed: true,
    });
    expect(await changeStaffRole({ actor: admin, input: { userId: member.id, role: "HIRING_MANAGER" } })).toEqual({
      changed: false,
    });
    expect(await auditFor(member.id)).toEqual([
      { action: "staff.roleChanged", actorId: admin.userId, metadata: { from: "INTERVIEWER", to: "HIRING_MANAGER" } },
    ]);
  });

  it("deactivation deletes every session and is audited; reactivation too", async () => {
    const admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
    const member = await createStaffUser(testDb, { role: "RECRUITER" });
    await createStaffSession(testDb, member.id);
    await createStaffSession(testDb, member.id);

    await setStaffActive({ actor: admin, input: { userId: member.id, active: false } });
    expect(await testDb.session.count({ where: { userId: member.id } })).toBe(0);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: member.id }, select: { active: true } })).active).toBe(
      false,
    );

    await setStaffActive({ actor: admin, input: { userId: member.id, active: true } });
    expect((await auditFor(member.id)).map((event) => event.action)).toEqual([
      "staff.deactivated",
      "staff.reactivated",
    ]);
  });

  it("does not let anyone change their own role or access", async () => {
    const admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
    await expectAppError(
      changeStaffRole({ actor: admin, input: { userId: admin.userId, role: "RECRUITER" } }),
      "FORBIDDEN",
    );
    await expectAppError(setStaffActive({ actor: admin, input: { userId: admin.userId, active: false } }), "FORBIDDEN");
  });

  it("keeps an administrator when two demote each other at the same time", async () => {
    // Other tests' administrators count too: set them aside (files run one at a time), then restore.
    const others = await testDb.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    const otherIds = others.map((user) => user.id);
    await testDb.user.updateMany({ where: { id: { in: otherIds } }, data: { active: false } });
    try {
      const first = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
      const second = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
      const results = await Promise.allSettled([
        changeStaffRole({ actor: first, input: { userId: second.userId, role: "RECRUITER" } }),
        changeStaffRole({ actor: second, input: { userId: first.userId, role: "RECRUITER" } }),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(
        await testDb.user.count({ where: { id: { in: [first.userId, second.userId] }, role: "ADMIN", active: true } }),
      ).toBe(1);
    } finally {
      await testDb.user.updateMany({ where: { id: { in: otherIds } }, data: { active: true } });
    }
  });
});

describe("only administrators manage staff", () => {
  it.each(NON_ADMIN_ROLES)("%s: every staff change is refused and nothing is written", async (role) => {
    const actor = actorFor(await createStaffUser(testDb, { role }));
    const target = await createStaffUser(testDb, { role: "INTERVIEWER" });
    const email = `forged-${uniqueSuffix()}@example.test`;
    await expectAppError(inviteStaffMember({ actor, input: { name: "Forged", email, role: "ADMIN" } }), "FORBIDDEN");
    await expectAppError(changeStaffRole({ actor, input: { userId: target.id, role: "ADMIN" } }), "FORBIDDEN");
    await expectAppError(setStaffActive({ actor, input: { userId: target.id, active: false } }), "FORBIDDEN");
    await expectAppError(listStaff({ actor }), "FORBIDDEN");
    expect(await testDb.user.count({ where: { email } })).toBe(0);
    expect(
      await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true, active: true } }),
    ).toEqual({ role: "INTERVIEWER", active: true });
    expect(await auditFor(target.id)).toEqual([]);
  });
});
