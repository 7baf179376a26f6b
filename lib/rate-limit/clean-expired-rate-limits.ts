import "server-only";
import type { Db } from "@/lib/db";

/**
 * Deletes counters whose window has ended. The limiter ignores them already; deleting them
 * keeps the table small and keeps no trace of who was counted longer than the window.
 */
export async function cleanExpiredRateLimits(db: Db, now = Date.now()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now) } } });
  return count;
}
