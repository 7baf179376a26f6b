import "server-only";
import type { Db } from "@/lib/db";
import type { Actor } from "./actor";

/**
 * The staff member behind a session, read fresh from their User row, so a role change applies
 * at once and a deactivated account stops working even while its session row still exists.
 */
export async function loadActiveActor(db: Pick<Db, "user">, userId: string | null | undefined): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, email: true, name: true, active: true },
  });
  if (!user?.active) return null;
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
