// Shared zod schemas of the saved-view forms (used by the dialogs and by the actions).
import { z } from "zod";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const SAVED_VIEW_NAME_MAX_LENGTH = 60;
/** Longer than any view the filter form can produce (50 ids per list, 200-character texts). */
export const SAVED_VIEW_QUERY_MAX_LENGTH = 4_000;

export const savedViewNameSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Name the view")
      .max(SAVED_VIEW_NAME_MAX_LENGTH, `Keep the name under ${SAVED_VIEW_NAME_MAX_LENGTH} characters`)
      .refine(
        // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
        (value) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(value),
        "Use letters, digits and punctuation only",
      ),
  );

/** What the "Save view" dialog asks for. */
export const saveViewFormSchema = z.object({
  name: savedViewNameSchema,
  shared: z.boolean(),
});
export type SaveViewFormInput = z.input<typeof saveViewFormSchema>;

/** The action also gets the table it was saved on and that table's URL query. */
export const saveViewSchema = saveViewFormSchema.extend({
  /** The job's table; null for the all-jobs table. */
  jobId: z.number().int().positive().max(2_147_483_647).nullable(),
  query: z
    .string()
    .max(SAVED_VIEW_QUERY_MAX_LENGTH, "This view is too long to save")
    .refine(...storableTextCheck()),
});
export type SaveViewInput = z.output<typeof saveViewSchema>;

/** The rename form. */
export const renameViewFormSchema = z.object({ name: savedViewNameSchema });
export type RenameViewFormInput = z.input<typeof renameViewFormSchema>;

export const savedViewIdSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());
