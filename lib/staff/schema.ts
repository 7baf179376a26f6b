// Shared by the staff page's forms (react-hook-form) and their server actions.
import { z } from "zod";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { storableTextCheck } from "@/lib/validations/storable-text";

const staffRole = z.enum(STAFF_ROLES, { error: "Choose a role." });
const userId = z
  .string()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());

export const inviteStaffSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter their name.")
    .max(120, "Keep the name under 120 characters.")
    .refine(...storableTextCheck()),
  email: z
    .string()
    .trim()
    .min(1, "Enter their work email address.")
    .max(254, "That email address is too long.")
    .pipe(z.email({ error: "Enter an email address such as name@company.com." })),
  role: staffRole,
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

export const changeStaffRoleSchema = z.object({ userId, role: staffRole });
export type ChangeStaffRoleInput = z.infer<typeof changeStaffRoleSchema>;

export const setStaffActiveSchema = z.object({ userId, active: z.boolean() });
export type SetStaffActiveInput = z.infer<typeof setStaffActiveSchema>;
