import { randomBytes } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { StaffRole } from "../../lib/generated/prisma/enums";
import { uniqueSuffix } from "./unique";

type Db = Prisma.TransactionClient;

const ROLE_NAMES: Record<StaffRole, string> = {
  ADMIN: "Ada Admin",
  RECRUITER: "Rita Recruiter",
  COORDINATOR: "Cora Coordinator",
  HIRING_MANAGER: "Hal Manager",
  INTERVIEWER: "Ivy Interviewer",
};

export type StaffUser = { id: string; email: string; name: string | null; role: StaffRole; active: boolean };

/** An invited staff member with a unique email; override anything. */
export async function createStaffUser(
  db: Db,
  overrides: Partial<
    Pick<Prisma.UserUncheckedCreateInput, "email" | "name" | "role" | "active" | "isDemo" | "invitedById">
  > = {},
): Promise<StaffUser> {
  const role = overrides.role ?? "RECRUITER";
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${uniqueSuffix()}@staff.example.test`,
      name: ROLE_NAMES[role],
      ...overrides,
      role,
    },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
}

/** A signed-in session for a user, as Auth.js stores it; the token is the session cookie's value. */
export async function createStaffSession(
  db: Db,
  userId: string,
  { expiresInMs = 12 * 60 * 60 * 1000 } = {},
): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + expiresInMs);
  await db.session.create({ data: { sessionToken, userId, expires } });
  return { sessionToken, expires };
}

/** The Actor a domain function takes, for a user made by createStaffUser. */
export function actorFor(user: StaffUser) {
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
