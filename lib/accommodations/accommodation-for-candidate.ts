// A candidate's own accommodation request as they may read it: what they asked for, in the words
// of the version they answered, and where it stands (its status: the words are the reader's
// language's, status.json accommodation.state). Coordinators' working notes are never part of it;
// the arrangement is (it is what will be done for them).
import { accommodationOptions } from "./wording";
import type { AccommodationStatus, ContactMethod } from "@/lib/generated/prisma/enums";
import { formQuestionsSchema } from "@/lib/legal/form-content";

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
    status: row.status,
    arrangement: row.status === "ARRANGED" ? row.panelArrangement : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type AccommodationForCandidate = ReturnType<typeof accommodationForCandidate>;
