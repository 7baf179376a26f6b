import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { findStaffTarget } from "./find-staff-target";
import type { SetStaffActiveInput } from "./schema";

/**
 * Deactivates or reactivates a staff member. Deactivation also deletes their sessions, so they
 * are signed out everywhere at once (getActor refuses inactive users as well, as a second lock).
 * Their history (notes, stage moves, scorecards) stays, attributed to them.
 */
export async function setStaffActive({
  actor,
  input,
}: {
  actor: Actor;
  input: SetStaffActiveInput;
}): Promise<{ changed: boolean }> {
  assertCan(actor, "staff.manage");
  return db.$transaction(async (tx) => {
    const user = await findStaffTarget(tx, actor, input.userId);
    if (!input.active && user.role === "ADMIN") user.assertAdminRemains();
    if (!input.active) await tx.session.deleteMany({ where: { userId: user.id } });
    if (user.active === input.active) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { active: input.active }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor,
      action: input.active ? "staff.reactivated" : "staff.deactivated",
      subjectType: "user",
      subjectId: user.id,
      metadata: { email: user.email, role: user.role },
    });
    return { changed: true };
  });
}
