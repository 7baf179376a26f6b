import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { QuestionType } from "@/lib/generated/prisma/enums";

export type FilterQuestion = {
  id: number;
  label: string;
  type: QuestionType;
  options: { id: number; label: string }[];
};

/** What the filter form offers: only jobs, stages and questions the viewer may see. */
export type ApplicationsFilterOptions = {
  /** The job of a per-job view, or null across jobs. */
  job: { id: number; title: string; organizationName: string } | null;
  /** With `listJobs`: the jobs to narrow to. */
  jobs: { id: number; title: string }[];
  /** Per job: its stages, in pipeline order (filtered by id). */
  stages: { id: number; name: string }[];
  /** Across jobs: stage names, since every job has its own stages (filtered by name). */
  stageNames: string[];
  tags: { id: number; name: string }[];
  /** Per job: its questions, for the answer filter. */
  questions: FilterQuestion[];
};

type LoadOptions = { actor: Actor; jobId?: number; listJobs?: boolean };

export async function loadApplicationsFilterOptions({
  actor,
  jobId,
  listJobs = false,
}: LoadOptions): Promise<ApplicationsFilterOptions> {
  assertCan(actor, "application.read");
  const tags = () => db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 });
  const visibleJobs = async () =>
    listJobs
      ? db.job.findMany({
          where: jobsVisibleTo(actor),
          orderBy: [{ status: "asc" }, { title: "asc" }],
          select: { id: true, title: true },
        })
      : [];
  if (jobId === undefined) {
    const [jobs, stages, tagList] = await Promise.all([
      visibleJobs(),
      db.stage.findMany({
        where: { job: jobsVisibleTo(actor) },
        distinct: ["name"],
        orderBy: [{ name: "asc" }],
        select: { name: true, position: true },
      }),
      tags(),
    ]);
    // Pipeline order reads better than the alphabet: order names by their usual position.
    const stageNames = stages
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
      .map((stage) => stage.name);
    return { job: null, jobs, stages: [], stageNames, tags: tagList, questions: [] };
  }

  const [job, tagList, jobs] = await Promise.all([
    db.job.findFirst({
      where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
      select: {
        id: true,
        title: true,
        organization: { select: { name: true } },
        stages: { orderBy: { position: "asc" }, select: { id: true, name: true } },
        questions: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            label: true,
            type: true,
            options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
          },
        },
      },
    }),
    tags(),
    visibleJobs(),
  ]);
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
  return {
    job: { id: job.id, title: job.title, organizationName: job.organization.name },
    jobs,
    stages: job.stages,
    stageNames: [],
    tags: tagList,
    questions: job.questions,
  };
}
