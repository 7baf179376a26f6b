import { legalAnswers } from "@/lib/candidates/legal-answer";
import type { AccommodationKind, ContactMethod } from "@/lib/generated/prisma/enums";

/** The kinds and contact method as the form version the candidate answered words them. */
export function describeAccommodationAnswers(
  questionsJson: unknown,
  kinds: AccommodationKind[],
  preferredContact: ContactMethod,
) {
  const [kindsAnswer, contactAnswer] = legalAnswers(questionsJson, { kinds, preferredContact });
  return {
    kinds: kindsAnswer?.answer ?? kinds.join("; "),
    preferredContact: contactAnswer?.answer ?? preferredContact,
  };
}

/** The name a coordinator uses for the person: their preferred name when they gave one. */
export function candidateDisplayName(candidate: {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}): string {
  return `${candidate.preferredName || candidate.firstName} ${candidate.lastName}`;
}
