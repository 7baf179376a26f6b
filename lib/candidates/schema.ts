// Shared zod schemas of the candidate profile's forms (used by the components and the actions).
import { z } from "zod";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const NOTE_MAX_LENGTH = 5000;
export const TAG_MAX_LENGTH = 40;

export const noteSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write a note first")
    .max(NOTE_MAX_LENGTH, `Keep notes under ${NOTE_MAX_LENGTH} characters`)
    .refine(...storableTextCheck({ multiline: true })),
});
export type NoteInput = z.infer<typeof noteSchema>;

// Tags are short labels people filter by: one line, spacing collapsed, no control characters.
export const tagNameSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Enter a tag")
      .max(TAG_MAX_LENGTH, `Keep tags under ${TAG_MAX_LENGTH} characters`)
      .refine(
        // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
        (value) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(value),
        "Use letters, digits and punctuation only",
      ),
  );

export const tagSchema = z.object({ name: tagNameSchema });
export type TagInput = z.infer<typeof tagSchema>;

export const mergeCandidatesSchema = z.object({
  keepCandidateId: z
    .string()
    .min(1)
    .max(64)
    .refine(...storableTextCheck()),
  duplicateCandidateId: z
    .string()
    .min(1)
    .max(64)
    .refine(...storableTextCheck()),
});
export type MergeCandidatesInput = z.infer<typeof mergeCandidatesSchema>;
