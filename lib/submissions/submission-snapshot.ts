// What an application needs from the database before it is written, in one round trip: the job
// (open? its questions, knockout rules and first stage), the ids of the legal texts in force,
// and any application already stored under the same submission key or email (docs/decisions/0044).
// The form built from it (context, zod schema, knockout rules) is kept per process, keyed by
// exactly what was read, so a changed job or a new legal version is seen by the next request.
import "server-only";
import { dbPool } from "@/lib/db";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import type { FormKind, SelfIdModule, StageKind } from "@/lib/generated/prisma/enums";
import { isJobSlugParam } from "@/lib/http/route-params";
import { validationTextIn } from "@/i18n/validation-text";
import { getFormVersionsById } from "@/lib/legal/current-form-versions";
import { LEGAL_TEXT_FALLBACK_LANGUAGE } from "@/lib/legal/language";
import type { ApplicationFormContext, JobQuestionForForm } from "./form-context";
import { isJobOpen } from "./job-open";
import { formContextOf, legalKindsFor } from "./load-form-context";
import { buildApplicationFormSchema, type ApplicationFormSchema } from "./schema";

export type KnockoutQuestion = {
  id: number;
  type: string;
  knockout: unknown;
  options: { id: number; label: string }[];
};

/** The form of one job as it is now; the same object for every request until the job or a text changes. */
export type SubmissionForm = {
  context: ApplicationFormContext;
  schema: ApplicationFormSchema;
  /** Server-only: the form never tells a candidate which answer disqualifies. */
  knockoutQuestions: KnockoutQuestion[];
  firstStage: { id: number; name: string; kind: StageKind };
};

export type EarlierApplication = { id: string; reference: string; jobId: number; submissionKey: string };

export type SubmissionSnapshot = {
  form: SubmissionForm;
  /** The job's employer (whose board lists it) and when it was published, as read now. */
  job: { organizationId: number; publishedAt: Date | null };
  /** Stored applications with this submission key, or by this email to this job (at most two). */
  earlier: EarlierApplication[];
  /** What `earlier` was looked up by. */
  lookedUp: { submissionKey: string | null; emailNormalized: string | null };
};

type FormJson = {
  id: number;
  slug: string;
  title: string;
  organizationName: string;
  selfIdModules: SelfIdModule[];
  firstStage: SubmissionForm["firstStage"] | null;
  questions: (JobQuestionForForm & { knockout: unknown })[];
};

type SnapshotRow = {
  form: string;
  organizationId: number;
  publishedAt: Date | null;
  status: string;
  validThrough: Date | null;
  legal: string | null;
  earlier: EarlierApplication[] | null;
};

// The legal texts in force are form_versions_in_force's choice, as getCurrentFormVersions' is.
const SNAPSHOT_SQL = (jobBy: "slug" | "id") => `
SELECT
  json_build_object(
    'id', j.id, 'slug', j.slug, 'title', j.title, 'organizationName', o.name,
    'selfIdModules', to_json(j."selfIdModules"),
    'firstStage', (SELECT json_build_object('id', s.id, 'name', s.name, 'kind', s.kind)
                     FROM "Stage" s WHERE s."jobId" = j.id ORDER BY s.position LIMIT 1),
    'questions', COALESCE((
      SELECT json_agg(json_build_object(
               'id', q.id, 'label', q.label, 'description', q.description, 'type', q.type,
               'required', q.required, 'knockout', q.knockout,
               'options', COALESCE((SELECT json_agg(json_build_object('id', op.id, 'label', op.label) ORDER BY op.position)
                                      FROM "QuestionOption" op WHERE op."questionId" = q.id), '[]'::json))
             ORDER BY q.position)
        FROM "JobQuestion" q WHERE q."jobId" = j.id), '[]'::json)
  )::text AS form,
  j."organizationId",
  j."publishedAt" AT TIME ZONE 'UTC' AS "publishedAt",
  j.status::text AS status,
  j."validThrough" AT TIME ZONE 'UTC' AS "validThrough",
  (SELECT json_object_agg(current.kind, current.id ORDER BY current.kind)::text
     FROM form_versions_in_force($3, $4, $2::timestamp) current) AS legal,
  (SELECT json_agg(json_build_object('id', a.id, 'reference', a.reference, 'jobId', a."jobId", 'submissionKey', a."submissionKey"))
     FROM "Application" a WHERE a."submissionKey" = $5 OR (a."jobId" = j.id AND a."emailNormalized" = $6)) AS earlier
FROM "Job" j JOIN "Organization" o ON o.id = j."organizationId"
WHERE j.${jobBy === "slug" ? "slug = $1" : "id = $1::int"}`;

const MAX_CACHED_FORMS = 200;
const forms = new Map<string, SubmissionForm>();

/** For a form only (the Job Board API maps its fields before it knows who applies). */
export const NO_LOOKUP = { submissionKey: null, emailNormalized: null };

/**
 * The snapshot for an application to `where`; throws NOT_FOUND / JOB_CLOSED as the form page does.
 * `lookup` names the submission key and email (already normalized) to find earlier applications by.
 */
export async function loadSubmissionSnapshot(
  where: { slug: string } | { id: number },
  lookup: { submissionKey: string | null; emailNormalized: string | null },
  { language = LEGAL_TEXT_FALLBACK_LANGUAGE, now = new Date() }: { language?: string; now?: Date } = {},
): Promise<SubmissionSnapshot> {
  if ("slug" in where && !isJobSlugParam(where.slug)) throw new CandidateRefusal("NOT_FOUND", "jobNotFound");
  const { rows } = await dbPool().query<SnapshotRow>(SNAPSHOT_SQL("slug" in where ? "slug" : "id"), [
    "slug" in where ? where.slug : where.id,
    now.toISOString(),
    language,
    LEGAL_TEXT_FALLBACK_LANGUAGE,
    lookup.submissionKey,
    lookup.emailNormalized,
  ]);
  const row = rows[0];
  if (!row || row.status === "DRAFT") throw new CandidateRefusal("NOT_FOUND", "jobNotFound");
  if (!isJobOpen(row, now)) throw new CandidateRefusal("JOB_CLOSED", "jobClosed");

  const key = `${language}\n${row.legal}\n${row.form}`;
  let form = forms.get(key);
  if (!form) {
    form = await buildForm(JSON.parse(row.form) as FormJson, row.legal, language);
    if (forms.size >= MAX_CACHED_FORMS) forms.delete(forms.keys().next().value!);
    forms.set(key, form);
  }
  return {
    form,
    job: { organizationId: row.organizationId, publishedAt: row.publishedAt },
    earlier: row.earlier ?? [],
    lookedUp: lookup,
  };
}

async function buildForm(job: FormJson, legalIds: string | null, language: string): Promise<SubmissionForm> {
  if (!job.firstStage) throw new Error(`Job ${job.id} has no stages`);
  const idsInForce = (legalIds ? JSON.parse(legalIds) : {}) as Partial<Record<FormKind, string>>;
  // The wording of exactly the versions the snapshot found in force, however long ago it read them.
  const versions = await getFormVersionsById(
    legalKindsFor(job.selfIdModules).flatMap((kind) => idsInForce[kind] ?? []),
  );
  const context = formContextOf(
    {
      ...job,
      questions: job.questions.map(({ knockout: _knockout, ...question }) => question),
    },
    versions,
  );
  return {
    context,
    // Its messages in the form's language, as the browser showed them (docs/decisions/0041).
    schema: buildApplicationFormSchema(context, await validationTextIn(language)),
    knockoutQuestions: job.questions.filter((question) => question.knockout !== null),
    firstStage: job.firstStage,
  };
}
