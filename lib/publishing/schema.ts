// The admin's override form: the reason is recorded, audited and shown on the job.
import { z } from "zod";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const PUBLISHING_OVERRIDE_REASON_MAX = 1_000;

export const publishingOverrideSchema = z.object({
  reason: z
    .string({ error: "Say why the job is published without these items" })
    .trim()
    .min(10, "Say why the job is published without these items (at least 10 characters)")
    .max(PUBLISHING_OVERRIDE_REASON_MAX, `Keep the reason to ${PUBLISHING_OVERRIDE_REASON_MAX} characters or fewer`)
    .refine(...storableTextCheck({ multiline: true })),
});

export type PublishingOverrideValues = z.input<typeof publishingOverrideSchema>;
export type PublishingOverrideInput = z.output<typeof publishingOverrideSchema>;
