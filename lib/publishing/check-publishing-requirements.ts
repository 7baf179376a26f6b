// What a posting must state before it goes on the careers site: a pay range where a
// pay-transparency law covers its places, and on every posting the equal-opportunity statement
// and the accommodation contact (docs/decisions/0035-compliant-publishing.md).
import type { PostingStatement } from "@/lib/generated/prisma/enums";
import type { PublishingItem } from "./labels";
import { payTransparencyLawsFor, type JobPlace, type PayTransparencyLaw } from "./pay-transparency-laws";

export type PublishingFacts = JobPlace & {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryUnit: string | null;
  sections: readonly { statements: readonly PostingStatement[] }[];
};

export type PublishingCheck = {
  /** In a fixed order: pay range, equal-opportunity statement, accommodation contact. */
  missing: PublishingItem[];
  /** The laws that ask for a pay range here (empty where none does). */
  payLaws: PayTransparencyLaw[];
};

const STATEMENTS: readonly PostingStatement[] = ["EQUAL_OPPORTUNITY", "ACCOMMODATION_CONTACT"];

/** Only the structured pay fields count: a figure in the posting's text is never read as a range. */
export function checkPublishingRequirements(job: PublishingFacts, now: Date): PublishingCheck {
  const payLaws = payTransparencyLawsFor(job, now);
  const hasPayRange =
    job.salaryMin !== null && job.salaryMax !== null && Boolean(job.salaryCurrency) && Boolean(job.salaryUnit);
  const stated = new Set(job.sections.flatMap((section) => section.statements));
  const missing: PublishingItem[] = [];
  if (payLaws.length > 0 && !hasPayRange) missing.push("PAY_RANGE");
  for (const statement of STATEMENTS) if (!stated.has(statement)) missing.push(statement);
  return { missing, payLaws };
}
