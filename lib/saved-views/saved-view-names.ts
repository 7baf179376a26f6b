import "server-only";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

type NameCheck = { ownerId: string; jobId: number | null; name: string; exceptViewId?: string };

/**
 * A view's name is unique to its owner and table, compared without case ("Rust" and "rust" are
 * one name). The unique index cannot say so for the all-jobs table (jobId null), so each owner's
 * saves and renames take turns inside the transaction before checking.
 */
export async function assertViewNameFree(
  tx: DbTransaction,
  { ownerId, jobId, name, exceptViewId }: NameCheck,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`SavedView:${ownerId}`}))`;
  const taken = await tx.savedView.findFirst({
    where: {
      ownerId,
      jobId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptViewId && { id: { not: exceptViewId } }),
    },
    select: { id: true },
  });
  if (taken) {
    const message = `You already have a view called “${name}” on this table; choose another name.`;
    throw new AppError("VALIDATION", message, { name: [message] });
  }
}

/** Someone else's view, or one that does not exist: the same answer, so ids leak nothing. */
export const viewNotYours = () => new AppError("NOT_FOUND", "That view does not exist, or it is not yours to change.");
