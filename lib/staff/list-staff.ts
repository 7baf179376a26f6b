import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type StaffMember = Awaited<ReturnType<typeof listStaff>>[number];

/** Everyone with a Trellis account, active first, for the administrators' staff page. */
export async function listStaff({ actor }: { actor: Actor }) {
  assertCan(actor, "staff.manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, isDemo: true, createdAt: true },
  });
}
