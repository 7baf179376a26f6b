import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The account an administrator is changing, locked for the rest of the transaction, with a guard
 * that Trellis always keeps an active administrator: nobody changes their own role or access,
 * and `assertAdminRemains` refuses to remove the last one.
 */
export async function findStaffTarget(tx: DbTransaction, actor: Actor, userId: string) {
  if (userId === actor.userId) {
    throw new AppError("FORBIDDEN", "You cannot change your own role or access. Ask another administrator.");
  }
  // Every staff change locks the active administrators first, always in the same order, so two
  // administrators demoting each other at once run one after the other (and never deadlock):
  // the second sees the first's change and is refused.
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, active: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "That staff member does not exist.");
  return {
    ...user,
    /** Throws when this change would leave no active administrator. */
    assertAdminRemains(): void {
      if (!admins.some((admin) => admin.id !== user.id)) {
        throw new AppError(
          "FORBIDDEN",
          "Trellis needs at least one active administrator: make someone else an administrator first.",
        );
      }
    },
  };
}
