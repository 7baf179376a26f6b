"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { changeStaffRoleSchema, inviteStaffSchema, setStaffActiveSchema } from "@/lib/staff/schema";
import { setStaffActive } from "@/lib/staff/set-staff-active";

const STAFF_PATH = "/hiring/staff";

export type StaffActionResult = { ok: true; message: string } | ActionFailure;

export async function inviteStaffAction(values: unknown): Promise<StaffActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "staff.manage");
    const parsed = inviteStaffSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Some details need fixing.");
    const { emailId } = await inviteStaffMember({ actor, input: parsed.data });
    after(() => deliverOutboxMessage(emailId));
    revalidatePath(STAFF_PATH);
    return { ok: true, message: `${parsed.data.name} is invited. We emailed them how to sign in.` };
  } catch (error) {
    return actionFailure(error, "inviteStaff");
  }
}

export async function changeStaffRoleAction(values: unknown): Promise<StaffActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "staff.manage");
    const parsed = changeStaffRoleSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Choose a role.");
    const { changed } = await changeStaffRole({ actor, input: parsed.data });
    revalidatePath(STAFF_PATH);
    return {
      ok: true,
      message: changed ? "Role changed. It applies from their next page." : "That was already their role.",
    };
  } catch (error) {
    return actionFailure(error, "changeStaffRole");
  }
}

export async function setStaffActiveAction(values: unknown): Promise<StaffActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "staff.manage");
    const parsed = setStaffActiveSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "That change could not be read.");
    await setStaffActive({ actor, input: parsed.data });
    revalidatePath(STAFF_PATH);
    return {
      ok: true,
      message: parsed.data.active ? "Reactivated: they can sign in again." : "Deactivated and signed out everywhere.",
    };
  } catch (error) {
    return actionFailure(error, "setStaffActive");
  }
}
