import type { Prisma } from "../../lib/generated/prisma/client";
import { DEFAULT_OFFER_LETTER } from "../../lib/offers/letter";

export const DEFAULT_OFFER_LETTER_NAME = "Standard offer letter";

/** The default offer letter, unless one of that name exists; never changes an existing one. */
export async function seedOfferLetter(prisma: Prisma.TransactionClient): Promise<void> {
  const existing = await prisma.offerLetterTemplate.findUnique({ where: { name: DEFAULT_OFFER_LETTER_NAME } });
  if (existing) return;
  await prisma.offerLetterTemplate.create({
    data: { name: DEFAULT_OFFER_LETTER_NAME, versions: { create: { version: 1, body: DEFAULT_OFFER_LETTER } } },
  });
}
