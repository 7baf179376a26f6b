// A candidate's own accommodation request as they may read it: what they asked for, in the words
// of the version they answered, and where it stands in plain words. Coordinators' working notes
// are never part of it; the arrangement is (it is what will be done for them).
import { accommodationOptions } from "./wording";
import type { AccommodationStatus, ContactMethod } from "@/lib/generated/prisma/enums";
import { formQuestionsSchema } from "@/lib/legal/form-content";

export const ACCOMMODATION_STATUS_FOR_CANDIDATE: Record<AccommodationStatus, { label: string; explanation: string }> = {
  NEW: {
    label: "Received",
    explanation: "Our accommodations coordinator has your request and will contact you the way you chose.",
  },
  IN_DISCUSSION: {
    label: "In discussion",
    explanation: "Our accommodations coordinator is working out the details with you.",
  },
  ARRANGED: { label: "Arranged", explanation: "The accommodation is arranged for your interviews." },
  CLOSED: {
    label: "Closed",
    explanation: "This request is closed. If you need something else, update it below and it opens again.",
  },
};

export type AccommodationRequestRow = {
  kinds: string[];
  details: string;
  preferredContact: ContactMethod;
  status: AccommodationStatus;
  panelArrangement: string | null;
  extraMinutes: number | null;
  createdAt: Date;
  updatedAt: Date;
  formVersion: { questions: unknown };
};

/** Select for AccommodationRequestRow: no notes, no reminder bookkeeping. */
export const accommodationForCandidateSelect = {
  kinds: true,
  details: true,
  preferredContact: true,
  status: true,
  panelArrangement: true,
  extraMinutes: true,
  createdAt: true,
  updatedAt: true,
  formVersion: { select: { questions: true } },
} as const;

/** An option's label in a legal text's words; the stored value itself if that version lacks it. */
export function optionLabel(options: { value: string; label: string }[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

export function accommodationForCandidate(row: AccommodationRequestRow) {
  const parsed = formQuestionsSchema.safeParse(row.formVersion.questions);
  const { kinds, contact } = accommodationOptions({ questions: parsed.success ? parsed.data : [] });
  return {
    kinds: row.kinds,
    kindLabels: row.kinds.map((kind) => optionLabel(kinds, kind)),
    details: row.details,
    preferredContact: row.preferredContact,
    preferredContactLabel: optionLabel(contact, row.preferredContact),
    status: ACCOMMODATION_STATUS_FOR_CANDIDATE[row.status],
    arrangement: row.status === "ARRANGED" ? row.panelArrangement : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type AccommodationForCandidate = ReturnType<typeof accommodationForCandidate>;
