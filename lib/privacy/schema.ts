// Shared zod schemas of the privacy page's forms (used by its components and its server actions).
import { z } from "zod";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const MAX_RETENTION_MONTHS = 120;
/** US federal contractors keep applications at least this long (41 CFR 60-1.12). */
export const RECORD_KEEPING_MONTHS = 24;

export const retentionSettingSchema = z.object({
  retentionInactiveMonths: z.coerce
    .number({ error: "Enter a number of months" })
    .int("Enter a whole number of months")
    .min(0, "Enter 0 to turn automatic erasure off, or a number of months")
    .max(MAX_RETENTION_MONTHS, `Enter at most ${MAX_RETENTION_MONTHS} months`),
});
export type RetentionSettingInput = z.input<typeof retentionSettingSchema>;

const candidateId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());

export const legalHoldSchema = z.object({ candidateId, legalHold: z.boolean() });
export type LegalHoldInput = z.infer<typeof legalHoldSchema>;

// The confirm step: the admin types the word, so a stray click cannot erase anyone.
export const ERASE_CONFIRMATION_WORD = "ERASE";
export const eraseNowSchema = z.object({
  candidateId,
  confirmation: z
    .string()
    .trim()
    .refine((value) => value.toUpperCase() === ERASE_CONFIRMATION_WORD, `Type ${ERASE_CONFIRMATION_WORD} to confirm`),
});
export type EraseNowInput = z.infer<typeof eraseNowSchema>;

/** The privacy page's candidate lookup: an exact email address or application reference. */
export const candidateLookupSchema = z.object({
  q: z
    .string()
    .trim()
    .max(320)
    .refine(...storableTextCheck())
    .catch(""),
});
