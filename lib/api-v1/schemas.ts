// What the staff API answers and accepts. Each response passes through its schema before it is
// sent (unknown keys are dropped, so a field nobody listed here never leaves the server), and the
// OpenAPI document is generated from these same schemas (openapi-document.ts).
import { z } from "zod";
import { REJECTION_KINDS, rejectionEmailSchema } from "@/lib/pipeline/schema";

/** Schemas named in the document's components, by their `id`. */
export const apiComponents = z.registry<{ id: string; description?: string }>();

const dateTime = z.iso.datetime();
const nullableDateTime = dateTime.nullable();

export const stageSchema = z
  .object({
    id: z.int(),
    name: z.string(),
    position: z.int(),
    kind: z.string(),
  })
  .register(apiComponents, { id: "Stage", description: "A stage of a job's pipeline, in order." });

export const jobSchema = z
  .object({
    id: z.int(),
    title: z.string(),
    slug: z.string(),
    status: z.string(),
    department: z.object({ id: z.int(), name: z.string() }),
    employment_type: z.string(),
    remote_policy: z.string(),
    published_at: nullableDateTime,
    closed_at: nullableDateTime,
    created_at: dateTime,
    updated_at: dateTime,
    posting_url: z.string().nullable().meta({ description: "The public posting, while the job is published." }),
  })
  .register(apiComponents, { id: "Job" });

export const jobListSchema = z.object({ data: z.array(jobSchema) }).register(apiComponents, { id: "JobList" });
export const stageListSchema = z.object({ data: z.array(stageSchema) }).register(apiComponents, { id: "StageList" });

const APPLICATION_STATUSES = ["ACTIVE", "REJECTED", "WITHDRAWN", "HIRED"] as const;

export const applicationSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    job_id: z.int(),
    candidate_id: z.string(),
    stage: z.object({ id: z.int(), name: z.string() }),
    status: z.enum(APPLICATION_STATUSES),
    source: z.string(),
    rejection_reason: z.object({ id: z.int(), kind: z.enum(REJECTION_KINDS), label: z.string() }).nullable(),
    submitted_at: dateTime,
    updated_at: dateTime.meta({ description: "The last stage or status change (or the submission)." }),
    closed_at: nullableDateTime,
    version: z.int().meta({ description: "Bumped by every stage or status change; send it back to move safely." }),
  })
  .register(apiComponents, {
    id: "Application",
    description:
      "Never carries work-authorization or export-control answers, accommodation requests or self-identification.",
  });

export const applicationListSchema = z
  .object({
    data: z.array(applicationSchema),
    next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last." }),
  })
  .register(apiComponents, { id: "ApplicationList" });

export const candidateSchema = z
  .object({
    id: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    preferred_name: z.string().nullable(),
    email: z.string(),
    phone: z.string().nullable(),
    location: z.string().nullable(),
    linkedin_url: z.string().nullable(),
    github_url: z.string().nullable(),
    website_url: z.string().nullable(),
    application_ids: z.array(z.string()).meta({ description: "Only the applications this token may read." }),
    created_at: dateTime,
  })
  .register(apiComponents, { id: "Candidate" });

export const interviewSchema = z
  .object({
    id: z.string(),
    application_id: z.string(),
    title: z.string(),
    status: z.string(),
    starts_at: dateTime,
    duration_minutes: z.int(),
    time_zone: z.string(),
    location: z.string().nullable(),
    video_url: z.string().nullable(),
    panel: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .register(apiComponents, { id: "Interview" });

export const interviewListSchema = z
  .object({ data: z.array(interviewSchema) })
  .register(apiComponents, { id: "InterviewList" });

const RATINGS = ["STRONG_NO", "NO", "YES", "STRONG_YES"] as const;

export const scorecardSchema = z
  .object({
    id: z.string(),
    application_id: z.string(),
    interview: z.object({ id: z.string(), title: z.string(), starts_at: dateTime }),
    author: z.object({ id: z.string(), name: z.string() }),
    recommendation: z.enum([...RATINGS, "NO_DECISION"]).nullable(),
    key_takeaways: z.string(),
    ratings: z.array(
      z.object({ attribute_id: z.int(), attribute: z.string(), rating: z.enum(RATINGS).nullable(), notes: z.string() }),
    ),
    submitted_at: dateTime,
  })
  .register(apiComponents, {
    id: "Scorecard",
    description: "A submitted scorecard. Drafts and private notes are never returned.",
  });

export const scorecardListSchema = z
  .object({ data: z.array(scorecardSchema) })
  .register(apiComponents, { id: "ScorecardList" });

export const rejectionReasonListSchema = z
  .object({ data: z.array(z.object({ id: z.int(), kind: z.enum(REJECTION_KINDS), label: z.string() })) })
  .register(apiComponents, { id: "RejectionReasonList" });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
  })
  .register(apiComponents, { id: "Problem", description: "RFC 9457 problem details." });

/** Request bodies: documented as what the client sends. */
export const apiRequestComponents = z.registry<{ id: string; description?: string }>();

const expectedVersion = z
  .int()
  .min(0)
  .optional()
  .meta({ description: "The application's `version` as you last read it: refused with 409 if it changed since." });

export const moveApplicationBodySchema = z
  .strictObject({ stage_id: z.int().positive().max(2_147_483_647), expected_version: expectedVersion })
  .register(apiRequestComponents, { id: "MoveApplication" });
export type MoveApplicationBody = z.output<typeof moveApplicationBodySchema>;

export const rejectApplicationBodySchema = z
  .strictObject({
    kind: z.enum(REJECTION_KINDS).default("WE_REJECTED"),
    reason_id: z.int().positive().max(2_147_483_647),
    email: rejectionEmailSchema
      .nullable()
      .optional()
      .meta({ description: "Write to the candidate (merge fields allowed); omit or null to send nothing." }),
    expected_version: expectedVersion,
  })
  .register(apiRequestComponents, { id: "RejectApplication" });
export type RejectApplicationBody = z.output<typeof rejectApplicationBodySchema>;
