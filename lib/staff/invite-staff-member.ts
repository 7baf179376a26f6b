import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { staffInvitationEmail } from "@/lib/email/templates/staff-invitation";
import { AppError } from "@/lib/errors";
import { normalizeEmail } from "@/lib/format/email";
import { absoluteUrl } from "@/lib/utils/absolute-url";
import type { InviteStaffInput } from "./schema";

/**
 * Creates the staff member's account (the only way one is made: sign-in never creates users) and
 * queues their invitation email; the caller delivers it after the response.
 */
export async function inviteStaffMember({
  actor,
  input,
}: {
  actor: Actor;
  input: InviteStaffInput;
}): Promise<{ userId: string; emailId: string }> {
  assertCan(actor, "staff.manage");
  // Stored lower-cased: sign-in looks addresses up the same way (Auth.js lower-cases them too).
  const email = normalizeEmail(input.email);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) throw emailTaken();
    const user = await tx.user
      .create({ data: { email, name: input.name, role: input.role, invitedById: actor.userId }, select: { id: true } })
      // Two administrators inviting the same address at once: the unique index decides.
      .catch((error: unknown) => {
        throw (error as { code?: string }).code === "P2002" ? emailTaken() : error;
      });
    await recordAuditEvent(tx, {
      actor,
      action: "staff.invited",
      subjectType: "user",
      subjectId: user.id,
      metadata: { email, role: input.role },
    });
    const message = staffInvitationEmail({
      name: input.name,
      invitedBy: actor.name ?? actor.email,
      roleLabel: ROLE_LABELS[input.role].toLowerCase(),
      signInUrl: absoluteUrl(SIGN_IN_PATH),
    });
    const emailId = await enqueueEmail(tx, { to: email, ...message, template: "staff-invitation" });
    return { userId: user.id, emailId };
  });
}

function emailTaken(): AppError {
  return new AppError("VALIDATION", "Someone already has a Trellis account with that email.", {
    email: ["Someone already has a Trellis account with this email address."],
  });
}
