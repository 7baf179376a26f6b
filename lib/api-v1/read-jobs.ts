import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import type { z } from "zod";
import type { jobSchema, stageSchema } from "./schemas";

const jobSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  employmentType: true,
  remotePolicy: true,
  publishedAt: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  department: { select: { id: true, name: true } },
} as const;

type JobRow = {
  id: number;
  title: string;
  slug: string;
  status: string;
  employmentType: string;
  remotePolicy: string;
  publishedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  department: { id: number; name: string };
};

function toJob(row: JobRow): z.input<typeof jobSchema> {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    status: row.status,
    department: row.department,
    employment_type: row.employmentType,
    remote_policy: row.remotePolicy,
    published_at: row.publishedAt?.toISOString() ?? null,
    closed_at: row.closedAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    posting_url: row.status === "PUBLISHED" ? new URL(jobPostingPath(row.slug), getEnv().APP_URL).href : null,
  };
}

/** Every job the actor sees, oldest first (a company has tens or hundreds of jobs: one page). */
export async function listJobsForApi({ actor }: { actor: Actor }) {
  assertCan(actor, "job.read");
  const rows = await db.job.findMany({ where: jobsVisibleTo(actor), orderBy: { id: "asc" }, select: jobSelect });
  return rows.map(toJob);
}

export async function getJobForApi({ actor, jobId }: { actor: Actor; jobId: number }) {
  assertCan(actor, "job.read");
  const row = await db.job.findFirst({ where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] }, select: jobSelect });
  if (!row) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to this token.");
  return toJob(row);
}

export async function listJobStagesForApi({
  actor,
  jobId,
}: {
  actor: Actor;
  jobId: number;
}): Promise<z.input<typeof stageSchema>[]> {
  assertCan(actor, "pipeline.read");
  const job = await db.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: { stages: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, kind: true } } },
  });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to this token.");
  return job.stages;
}
