// Shared zod schemas of the accommodations queue (used by its forms and its server actions).
import { z } from "zod";
import { noteSchema } from "@/lib/candidates/schema";
import type { AccommodationStatus } from "@/lib/generated/prisma/enums";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const ACCOMMODATION_STATUSES = [
  "NEW",
  "IN_DISCUSSION",
  "ARRANGED",
  "CLOSED",
] as const satisfies readonly AccommodationStatus[];
export const OPEN_ACCOMMODATION_STATUSES = [
  "NEW",
  "IN_DISCUSSION",
  "ARRANGED",
] as const satisfies readonly AccommodationStatus[];

/**
 * Where a request may go from each status. Forward along new → in discussion → arranged →
 * closed (a simple request may skip steps), and back where real life needs it: an arrangement
 * that falls through goes back to discussion, and a closed request can be reopened.
 */
export const ACCOMMODATION_TRANSITIONS: Record<AccommodationStatus, readonly AccommodationStatus[]> = {
  NEW: ["IN_DISCUSSION", "ARRANGED", "CLOSED"],
  IN_DISCUSSION: ["ARRANGED", "CLOSED"],
  ARRANGED: ["IN_DISCUSSION", "CLOSED"],
  CLOSED: ["IN_DISCUSSION"],
};

export function canMoveAccommodation(from: AccommodationStatus, to: AccommodationStatus): boolean {
  return ACCOMMODATION_TRANSITIONS[from].includes(to);
}

/** The queue's filter: "open" (everything not closed, the default), "all", or one status. */
export const accommodationQueueFilterSchema = z.object({
  status: z.enum(["open", "all", ...ACCOMMODATION_STATUSES]).catch("open"),
});
export type AccommodationQueueFilter = z.infer<typeof accommodationQueueFilterSchema>["status"];

const requestId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());

export { NOTE_MAX_LENGTH as ACCOMMODATION_NOTE_MAX_LENGTH } from "@/lib/candidates/schema";
// The same rules as a note on an application, on a request instead.
export const accommodationNoteSchema = noteSchema.extend({ requestId });
export type AccommodationNoteInput = z.infer<typeof accommodationNoteSchema>;

export const changeAccommodationStatusSchema = z.object({
  requestId,
  // The status the coordinator saw: a change made meanwhile by someone else is not overwritten.
  from: z.enum(ACCOMMODATION_STATUSES),
  to: z.enum(ACCOMMODATION_STATUSES, { error: "Choose a status" }),
});
export type ChangeAccommodationStatusInput = z.infer<typeof changeAccommodationStatusSchema>;

export const PANEL_ARRANGEMENT_MAX_LENGTH = 500;
export const MAX_EXTRA_MINUTES = 240;
const EXTRA_MINUTES_MESSAGE = `Enter extra minutes from 0 to ${MAX_EXTRA_MINUTES}, or leave it empty`;
/** The form's "extra minutes" text as stored: none for "" or 0. */
export const extraMinutesOf = (value: string) => (value === "" || Number(value) === 0 ? null : Number(value));
export const panelArrangementSchema = z.object({
  requestId,
  // Empty clears it: the panel is then told nothing.
  panelArrangement: z
    .string()
    .trim()
    .max(
      PANEL_ARRANGEMENT_MAX_LENGTH,
      `Keep it under ${PANEL_ARRANGEMENT_MAX_LENGTH} characters: one practical sentence or two`,
    )
    .refine(...storableTextCheck({ multiline: true })),
  // More time per interview, as a number the scheduler adds to the slots it offers (lib/self-scheduling):
  // the panel sees the interview's length, never why. "" for none; left out, it stays as it was.
  extraMinutes: z
    .string()
    .trim()
    .regex(/^\d{0,3}$/, EXTRA_MINUTES_MESSAGE)
    .refine((value) => value === "" || Number(value) <= MAX_EXTRA_MINUTES, EXTRA_MINUTES_MESSAGE)
    .optional(),
});
export type PanelArrangementInput = z.infer<typeof panelArrangementSchema>;
