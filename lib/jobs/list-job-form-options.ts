import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { officeLabel } from "./labels";
import { findEmployerId } from "./find-employer-id";

export type JobFormOptions = {
  departments: { id: number; name: string }[];
  offices: { id: number; name: string; place: string }[];
  staff: { id: string; name: string; email: string; role: StaffRole }[];
};

/** The choices the job editor offers: the employer's departments and offices, active staff. */
export async function listJobFormOptions({ actor }: { actor: Actor }): Promise<JobFormOptions> {
  assertCan(actor, "job.manage");
  const organizationId = await findEmployerId(db);
  const [departments, offices, staff] = await Promise.all([
    db.department.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.office.findMany({
      where: { organizationId },
      select: { id: true, name: true, locality: true, region: true, countryCode: true },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({
      where: { active: true },
      select: { id: true, name: true, email: true, role: true },
      orderBy: [{ name: "asc" }, { email: "asc" }],
    }),
  ]);
  return {
    departments,
    offices: offices.map((office) => ({ id: office.id, name: office.name, place: officeLabel(office) })),
    staff: staff.map((user) => ({ ...user, name: user.name ?? user.email })),
  };
}
