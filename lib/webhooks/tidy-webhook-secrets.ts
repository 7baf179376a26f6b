import "server-only";
import { db } from "@/lib/db";
import { sealWebhookSecret } from "./secret-box";

/**
 * Run before each webhook sweep. The data migration of decision 0043: secrets stored in clear
 * before it are sealed and their clear copy emptied (SQL cannot encrypt with the app's key, so the
 * migration only renamed the column). And the end of rotations: a previous secret past its
 * window is dropped, so it stops signing and leaves the database.
 */
export async function tidyWebhookSecrets(now: Date): Promise<void> {
  const inClear = await db.webhookEndpoint.findMany({
    where: { plaintextSecret: { not: null } },
    select: { id: true, plaintextSecret: true },
    orderBy: { id: "asc" },
  });
  for (const endpoint of inClear)
    // Only if nobody rotated it meanwhile (a rotation empties the clear copy itself).
    await db.webhookEndpoint.updateMany({
      where: { id: endpoint.id, plaintextSecret: endpoint.plaintextSecret },
      data: { secretEncrypted: sealWebhookSecret(endpoint.plaintextSecret!, endpoint.id), plaintextSecret: null },
    });
  await db.webhookEndpoint.updateMany({
    where: { previousSecretUntil: { lte: now } },
    data: { previousSecretEncrypted: null, previousSecretUntil: null },
  });
}
