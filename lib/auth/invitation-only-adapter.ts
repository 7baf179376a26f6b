import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/format/email";

/**
 * Auth.js's Prisma adapter for an invite-only app: it can never create a user (the signIn
 * callback refuses strangers first; this is the second lock), and looks emails up lower-cased,
 * the way invitations store them, whatever case an identity provider sends.
 */
export function invitationOnlyAdapter(db: Db): Adapter {
  // The adapter is typed against the default @prisma/client; ours is generated elsewhere but
  // has the same models (prisma/schema.prisma keeps Auth.js's field names).
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    createUser() {
      throw new Error(
        "Sign-in never creates users in Trellis: an administrator invites staff (lib/staff/invite-staff-member.ts).",
      );
    },
    getUserByEmail(email) {
      return base.getUserByEmail!(normalizeEmail(email));
    },
  };
}
