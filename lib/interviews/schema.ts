// The schedule / reschedule form's one schema: the react-hook-form resolver in the browser and
// the server actions parse with it. Checks that need the database (the plan item belongs to the
// job, panel members are active staff, the time is still ahead) run after it, in the domain.
import { z } from "zod";
import { optionalText } from "@/lib/jobs/job-form-parts";
import { isStorableText, storableTextCheck } from "@/lib/validations/storable-text";
import { isTimeZone } from "./time-zones";
import { resolveWallTime } from "./wall-time";

export const INTERVIEW_LIMITS = {
  title: 120,
  location: 200,
  videoUrl: 500,
  minDuration: 15,
  maxDuration: 480,
  maxPanel: 8,
} as const;

const durationRange = `Enter a length from ${INTERVIEW_LIMITS.minDuration} to ${INTERVIEW_LIMITS.maxDuration} minutes`;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const interviewFormSchema = z
  .object({
    // A select's value: "" for none, else the id of one of the job's plan items.
    planItemId: z
      .string()
      .regex(/^(\d{1,9})?$/, "Choose an interview from the plan")
      .transform((value) => (value === "" ? null : Number(value))),
    // Blank with a plan item: the plan item's name is used.
    title: optionalText("the title", INTERVIEW_LIMITS.title).refine(
      (value) => value === null || !/[\r\n]/.test(value),
      "Keep the title to one line",
    ),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date"),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the start time, e.g. 09:30"),
    timeZone: z.string().refine(isTimeZone, "Choose a time zone"),
    durationMinutes: z
      .string({ error: durationRange })
      .trim()
      .regex(/^\d{1,4}$/, durationRange)
      .transform(Number)
      .pipe(
        z.number().min(INTERVIEW_LIMITS.minDuration, durationRange).max(INTERVIEW_LIMITS.maxDuration, durationRange),
      ),
    location: optionalText("the location", INTERVIEW_LIMITS.location),
    videoUrl: z
      .string()
      .trim()
      .max(INTERVIEW_LIMITS.videoUrl, `Keep the link to ${INTERVIEW_LIMITS.videoUrl} characters or fewer`)
      // new URL() accepts a NUL (it would encode it), but the text stored is the one typed.
      .refine(
        (value) => value === "" || (isHttpsUrl(value) && isStorableText(value)),
        "Enter a video link that starts with https://",
      )
      .transform((value) => (value === "" ? null : value)),
    panelUserIds: z
      .array(
        z
          .string()
          .min(1)
          .max(64)
          .refine(...storableTextCheck()),
      )
      .min(1, "Choose at least one panel member")
      .max(INTERVIEW_LIMITS.maxPanel, `Choose at most ${INTERVIEW_LIMITS.maxPanel} panel members`)
      .refine((ids) => new Set(ids).size === ids.length, "Each panel member can be chosen once"),
  })
  .superRefine((form, ctx) => {
    if (form.planItemId === null && form.title === null) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "Enter a title or choose an interview from the plan" });
    }
    if (form.location === null && form.videoUrl === null) {
      ctx.addIssue({ code: "custom", path: ["location"], message: "Enter a location, a video link, or both" });
    }
    if (!isTimeZone(form.timeZone)) return;
    const resolved = resolveWallTime({ date: form.date, time: form.time }, form.timeZone);
    if (resolved.ok) return;
    if (resolved.reason === "skipped") {
      ctx.addIssue({
        code: "custom",
        path: ["time"],
        message: "Clocks skip this time that day (daylight saving time): choose another time",
      });
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(form.date)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "Enter a real date" });
    }
  });

/** What the form holds: strings, as typed and selected. */
export type InterviewFormValues = z.input<typeof interviewFormSchema>;
/** What the domain functions take, after parsing. */
export type InterviewFormInput = z.output<typeof interviewFormSchema>;

export const INTERVIEW_FORM_FIELDS = [
  "planItemId",
  "title",
  "date",
  "time",
  "timeZone",
  "durationMinutes",
  "location",
  "videoUrl",
  "panelUserIds",
] as const;

/** Which interview a reschedule or cancel is about, and the version of it the page showed. */
export const interviewRefSchema = z.object({
  interviewId: z
    .string()
    .min(1)
    .max(64)
    .refine(...storableTextCheck()),
  expectedSequence: z.number().int().min(0),
});
export type InterviewRef = z.infer<typeof interviewRefSchema>;
