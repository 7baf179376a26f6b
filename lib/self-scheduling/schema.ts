// The self-scheduling forms' schemas, each used by its react-hook-form component (or the status
// page's plain form) and by its server action. Checks that need the database run in the domain.
import { z } from "zod";
import { optionalText } from "@/lib/jobs/job-form-parts";
import { interviewFormSchema, INTERVIEW_LIMITS } from "@/lib/interviews/schema";
import { isTimeZone } from "@/lib/interviews/time-zones";
import { ENGLISH_VALIDATION, type ValidationText } from "@/lib/submissions/validation-text";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const SELF_SCHEDULING_LIMITS = {
  windows: 50,
  exceptions: 100,
  exceptionNote: 200,
  offerDays: 28,
  maxCutoffHours: 14 * 24,
} as const;

const id = z
  .string()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());
const timeZone = z.string().refine(isTimeZone, "Choose a time zone");
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const day = (message: string) => z.string().refine(isRealDate, message);
const clock = (message: string) => z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, message);

/** "09:30" → 570 minutes after midnight ("24:00" is the end of the day). */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** 570 → "09:30". */
export const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export const availabilityFormSchema = z.object({
  timeZone,
  windows: z
    .array(
      z
        .object({
          weekday: z.string().regex(/^[0-6]$/, "Choose a day"),
          start: clock("Enter a start time, e.g. 09:00"),
          end: clock("Enter an end time, e.g. 17:00"),
        })
        .refine((w) => minutesOf(w.end) > minutesOf(w.start), { path: ["end"], message: "End after the start" }),
    )
    .max(SELF_SCHEDULING_LIMITS.windows, `Keep to ${SELF_SCHEDULING_LIMITS.windows} time ranges`),
  exceptions: z
    .array(
      z
        .object({
          firstDay: day("Enter the first day away"),
          lastDay: day("Enter the last day away"),
          note: optionalText("the note", SELF_SCHEDULING_LIMITS.exceptionNote),
        })
        .refine((e) => e.lastDay >= e.firstDay, {
          path: ["lastDay"],
          message: "The last day is on or after the first",
        }),
    )
    .max(SELF_SCHEDULING_LIMITS.exceptions, `Keep to ${SELF_SCHEDULING_LIMITS.exceptions} days away`),
});
export type AvailabilityFormValues = z.input<typeof availabilityFormSchema>;
export type AvailabilityFormInput = z.output<typeof availabilityFormSchema>;

const interviewFields = interviewFormSchema.shape;
const durationRange = `Enter a length from ${INTERVIEW_LIMITS.minDuration} to ${INTERVIEW_LIMITS.maxDuration} minutes`;

export const offerSlotsFormSchema = z
  .object({
    planItemId: interviewFields.planItemId,
    title: interviewFields.title,
    durationMinutes: interviewFields.durationMinutes,
    timeZone,
    firstDay: day("Enter the first day to offer"),
    lastDay: day("Enter the last day to offer"),
    location: interviewFields.location,
    videoUrl: interviewFields.videoUrl,
    panelUserIds: interviewFields.panelUserIds,
  })
  .superRefine((form, ctx) => {
    if (form.planItemId === null && form.title === null)
      ctx.addIssue({ code: "custom", path: ["title"], message: "Enter a title or choose an interview from the plan" });
    if (form.location === null && form.videoUrl === null)
      ctx.addIssue({ code: "custom", path: ["location"], message: "Enter a location, a video link, or both" });
    if (form.lastDay < form.firstDay)
      ctx.addIssue({ code: "custom", path: ["lastDay"], message: "The last day is on or after the first" });
    const span = (Date.parse(form.lastDay) - Date.parse(form.firstDay)) / 86_400_000;
    if (span >= SELF_SCHEDULING_LIMITS.offerDays)
      ctx.addIssue({
        code: "custom",
        path: ["lastDay"],
        message: `Offer at most ${SELF_SCHEDULING_LIMITS.offerDays} days`,
      });
  });
export type OfferSlotsFormValues = z.input<typeof offerSlotsFormSchema>;
export type OfferSlotsFormInput = z.output<typeof offerSlotsFormSchema>;
export { durationRange as OFFER_DURATION_MESSAGE };

const cutoffMessage = `Enter a number of hours from 0 to ${SELF_SCHEDULING_LIMITS.maxCutoffHours}`;
export const selfScheduleCutoffSchema = z.object({
  jobId: z.number().int().positive(),
  cutoffHours: z
    .string({ error: cutoffMessage })
    .trim()
    .regex(/^\d{1,3}$/, cutoffMessage)
    .transform(Number)
    .pipe(z.number().max(SELF_SCHEDULING_LIMITS.maxCutoffHours, cutoffMessage)),
});
export type SelfScheduleCutoffValues = z.input<typeof selfScheduleCutoffSchema>;

export const withdrawSlotOfferSchema = z.object({ offerId: id });

/**
 * The status page's plain form: the slot picked (the zone it was shown in is display only), its
 * message in the page's language (ValidationText, docs/decisions/0041).
 */
export function buildBookSlotSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.object({ slotId: z.string({ error: text.plain("chooseTime") }).pipe(id) });
}
export const bookSlotSchema = buildBookSlotSchema();
export const cancelBookingSchema = z.object({ offerId: id });
