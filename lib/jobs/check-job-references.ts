import "server-only";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FieldErrorBag } from "./field-error-bag";
import type { JobFormInput } from "./job-form-schema";

export type DepartmentChoice = { id: number } | { newName: string };

/**
 * The editor's checks that need the database, apart from questions and stages: the slug is
 * free, and the department, offices and hiring team exist (and belong to this employer).
 */
export async function checkJobReferences(
  tx: DbTransaction,
  input: JobFormInput,
  { organizationId, jobId, errors }: { organizationId: number; jobId?: number; errors: FieldErrorBag },
): Promise<DepartmentChoice> {
  const [slugTaken, offices, users] = await Promise.all([
    tx.job.findFirst({
      where: { slug: input.slug, ...(jobId !== undefined && { NOT: { id: jobId } }) },
      select: { id: true },
    }),
    tx.office.count({ where: { organizationId, id: { in: input.officeIds } } }),
    tx.user.findMany({
      where: { id: { in: input.hiringTeam.map((member) => member.userId) }, active: true },
      select: { id: true },
    }),
  ]);
  if (slugTaken) errors.add("slug", "Another job already uses this address: choose a different one");
  if (offices !== input.officeIds.length)
    errors.add("officeIds", "One of these offices no longer exists: reload the page");
  const activeUsers = new Set(users.map((user) => user.id));
  input.hiringTeam.forEach((member, index) => {
    if (!activeUsers.has(member.userId))
      errors.add(`hiringTeam.${index}.userId`, "This person is not an active staff member");
  });
  return checkDepartment(tx, input.department, organizationId, errors);
}

async function checkDepartment(
  tx: DbTransaction,
  department: JobFormInput["department"],
  organizationId: number,
  errors: FieldErrorBag,
): Promise<DepartmentChoice> {
  if (department.kind === "existing") {
    const found = await tx.department.findFirst({ where: { id: department.id, organizationId }, select: { id: true } });
    if (!found) errors.add("departmentId", "This department no longer exists: choose another");
    return { id: department.id };
  }
  // "New" with the name of an existing department means that department, not a twin of it.
  const existing = await tx.department.findFirst({
    where: { organizationId, name: { equals: department.name, mode: "insensitive" } },
    select: { id: true },
  });
  return existing ? { id: existing.id } : { newName: department.name };
}

/** Creates the new department a job names, after every check passed. */
export async function departmentIdFor(
  tx: DbTransaction,
  choice: DepartmentChoice,
  organizationId: number,
): Promise<number> {
  if ("id" in choice) return choice.id;
  const created = await tx.department.upsert({
    where: { organizationId_name: { organizationId, name: choice.newName } },
    create: { organizationId, name: choice.newName },
    update: {},
    select: { id: true },
  });
  return created.id;
}

/** Two editors saving the same new slug at once: the loser gets the field error, not a crash. */
export function asSlugConflict(error: unknown): unknown {
  const prismaError = error as { code?: string; meta?: { target?: unknown } };
  if (prismaError?.code === "P2002" && JSON.stringify(prismaError.meta ?? {}).includes("slug")) {
    return new AppError("VALIDATION", "Some of the job's details need fixing.", {
      slug: ["Another job already uses this address: choose a different one"],
    });
  }
  return error;
}
