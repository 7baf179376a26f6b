import "server-only";
import { db } from "@/lib/db";
import type { FormKind, SelfIdModule } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { isJobSlugParam } from "@/lib/http/route-params";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import type { ApplicationFormContext, LegalFormForForm, SelfIdFormName } from "./form-context";
import { isJobOpen } from "./job-open";

const SELF_ID_FORMS_BY_MODULE: Record<SelfIdModule, [SelfIdFormName, FormKind][]> = {
  GENDER: [["gender", "SELF_ID_GENDER"]],
  ETHNICITY_RACE: [
    ["ethnicity", "SELF_ID_ETHNICITY"],
    ["race", "SELF_ID_RACE"],
  ],
  VETERAN: [["veteran", "SELF_ID_VETERAN"]],
  DISABILITY: [["disability", "SELF_ID_DISABILITY"]],
};

const REQUIRED_KINDS = ["PRIVACY_NOTICE", "WORK_AUTHORIZATION", "EXPORT_CONTROL", "ACCOMMODATION"] as const;

/** Everything the form for one open job needs; throws JOB_CLOSED / NOT_FOUND otherwise. */
export async function loadApplicationFormContext(
  where: { slug: string } | { id: number },
  /** The form's locale: its legal texts are shown in it where a version exists (decision 0042). */
  { language }: { language?: string } = {},
): Promise<ApplicationFormContext> {
  // The slug comes from the URL: one no job can have is unknown without asking the database.
  if ("slug" in where && !isJobSlugParam(where.slug)) throw new AppError("NOT_FOUND", "This job does not exist.");
  const job = await db.job.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      validThrough: true,
      selfIdModules: true,
      organization: { select: { name: true } },
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          label: true,
          description: true,
          type: true,
          required: true,
          options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
        },
      },
    },
  });
  if (!job || job.status === "DRAFT") throw new AppError("NOT_FOUND", "This job does not exist.");
  if (!isJobOpen(job)) throw new AppError("JOB_CLOSED", "This position is closed and no longer accepts applications.");
  const versions = await getCurrentFormVersions(legalKindsFor(job.selfIdModules), { language });
  return formContextOf({ ...job, organizationName: job.organization.name }, versions);
}

/** The legal texts a job's form shows: the four every form has, and its self-identification. */
export function legalKindsFor(selfIdModules: SelfIdModule[]): FormKind[] {
  const selfIdKinds = selfIdModules.flatMap((module) => SELF_ID_FORMS_BY_MODULE[module]).map(([, kind]) => kind);
  return [...REQUIRED_KINDS, ...(selfIdKinds.length > 0 ? (["SELF_ID_INVITATION"] as const) : []), ...selfIdKinds];
}

type FormJob = Pick<ApplicationFormContext, "questions" | "organizationName"> & {
  id: number;
  slug: string;
  title: string;
  selfIdModules: SelfIdModule[];
};

/** The form of an open job, from the job and the legal texts in force (legalKindsFor). */
export function formContextOf(job: FormJob, versions: Map<FormKind, LegalFormForForm>): ApplicationFormContext {
  const selfIdKinds = job.selfIdModules.flatMap((module) => SELF_ID_FORMS_BY_MODULE[module]);
  const required = (kind: (typeof REQUIRED_KINDS)[number]) => {
    const version = versions.get(kind);
    if (!version) throw new Error(`No ${kind} text is in force: run the seed or add one`);
    return version;
  };

  const invitation = versions.get("SELF_ID_INVITATION");
  const selfIdForms = Object.fromEntries(
    selfIdKinds.flatMap(([name, kind]) => (versions.has(kind) ? [[name, versions.get(kind)!]] : [])),
  );

  return {
    jobId: job.id,
    jobSlug: job.slug,
    jobTitle: job.title,
    organizationName: job.organizationName,
    questions: job.questions,
    legal: {
      privacyNotice: required("PRIVACY_NOTICE"),
      workAuthorization: required("WORK_AUTHORIZATION"),
      exportControl: required("EXPORT_CONTROL"),
      accommodation: required("ACCOMMODATION"),
    },
    selfId: invitation && Object.keys(selfIdForms).length > 0 ? { invitation, forms: selfIdForms } : null,
  };
}
