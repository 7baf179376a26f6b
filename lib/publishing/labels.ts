// What the publishing check's items are called on screen, in refusals and in the audit log.
import type { PostingStatement } from "@/lib/generated/prisma/enums";

export type PublishingItem = "PAY_RANGE" | PostingStatement;

export const PUBLISHING_ITEM_LABELS: Record<PublishingItem, string> = {
  PAY_RANGE: "a pay range (minimum, maximum, currency and pay period)",
  EQUAL_OPPORTUNITY: "the equal-opportunity statement",
  ACCOMMODATION_CONTACT: "the accommodation contact",
};

export const POSTING_STATEMENT_LABELS: Record<PostingStatement, string> = {
  EQUAL_OPPORTUNITY: "The equal-opportunity statement",
  ACCOMMODATION_CONTACT: "How to ask for an accommodation (the accommodation contact)",
};

/** "a, b and c", for a sentence naming what is missing. */
export function listItems(items: readonly PublishingItem[]): string {
  const labels = items.map((item) => PUBLISHING_ITEM_LABELS[item]);
  return labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
