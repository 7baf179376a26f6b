import "server-only";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The employer whose jobs staff manage: one per deployment, the same one the careers site shows
 * (demo data only as a fallback, as in getCareersOrganization).
 */
export async function findEmployerId(tx: DbTransaction): Promise<number> {
  const organization = await tx.organization.findFirst({
    select: { id: true },
    orderBy: [{ isDemo: "asc" }, { id: "asc" }],
  });
  if (!organization)
    throw new AppError("NOT_FOUND", "No employer is set up yet: run the seed (npm run db:seed) first.");
  return organization.id;
}
