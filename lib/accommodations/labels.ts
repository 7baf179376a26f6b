import { legalAnswers } from "@/lib/candidates/legal-answer";
import type { AccommodationKind, AccommodationStatus, ContactMethod } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/utils/tone";

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

export const ACCOMMODATION_STATUS_LABELS: Record<AccommodationStatus, string> = {
  NEW: "New",
  IN_DISCUSSION: "In discussion",
  ARRANGED: "Arranged",
  CLOSED: "Closed",
};

export const ACCOMMODATION_STATUS_TONES: Record<AccommodationStatus, Tone> = {
  NEW: "brand",
  IN_DISCUSSION: "info",
  ARRANGED: "success",
  CLOSED: "neutral",
};
