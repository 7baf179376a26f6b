"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { STAFF_PATH } from "@/lib/paths/staff-area";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { changeStaffRoleSchema, inviteStaffSchema, setStaffActiveSchema } from "@/lib/staff/schema";
import { setStaffActive } from "@/lib/staff/set-staff-active";

const inviteStaff = staffAction({
  name: "inviteStaff",
  permission: "staff.manage",
  schema: inviteStaffSchema,
  invalid: "Some details need fixing.",
  run: async ({ actor, input }) => {
    const { emailId } = await inviteStaffMember({ actor, input });
    return {
      message: `${input.name} is invited. We emailed them how to sign in.`,
      emailIds: [emailId],
      revalidate: [STAFF_PATH],
    };
  },
});

const changeRole = staffAction({
  name: "changeStaffRole",
  permission: "staff.manage",
  schema: changeStaffRoleSchema,
  invalid: "Choose a role.",
  run: async ({ actor, input }) => {
    const { changed } = await changeStaffRole({ actor, input });
    return {
      message: changed ? "Role changed. It applies from their next page." : "That was already their role.",
      revalidate: [STAFF_PATH],
    };
  },
});

const setActive = staffAction({
  name: "setStaffActive",
  permission: "staff.manage",
  schema: setStaffActiveSchema,
  invalid: "That change could not be read.",
  run: async ({ actor, input }) => {
    await setStaffActive({ actor, input });
    return {
      message: input.active ? "Reactivated: they can sign in again." : "Deactivated and signed out everywhere.",
      revalidate: [STAFF_PATH],
    };
  },
});

export async function inviteStaffAction(values: unknown) {
  return inviteStaff(values);
}

export async function changeStaffRoleAction(values: unknown) {
  return changeRole(values);
}

export async function setStaffActiveAction(values: unknown) {
  return setActive(values);
}
