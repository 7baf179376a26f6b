import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { findStaffTarget } from "./find-staff-target";
import type { ChangeStaffRoleInput } from "./schema";

/** Gives a staff member another role; it applies at their next request (getActor reads it fresh). */
export async function changeStaffRole({
  actor,
  input,
}: {
  actor: Actor;
  input: ChangeStaffRoleInput;
}): Promise<{ changed: boolean }> {
  assertCan(actor, "staff.manage");
  return db.$transaction(async (tx) => {
    const user = await findStaffTarget(tx, actor, input.userId);
    if (user.role === input.role) return { changed: false };
    if (user.role === "ADMIN") user.assertAdminRemains();
    await tx.user.update({ where: { id: user.id }, data: { role: input.role }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor,
      action: "staff.roleChanged",
      subjectType: "user",
      subjectId: user.id,
      metadata: { from: user.role, to: input.role },
    });
    return { changed: true };
  });
}
