import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

declare const checked: unique symbol;

/**
 * The jobs a report covers: one job, or every job the actor may see. Only resolveReportScope
 * makes one (the brand), so no report can run on jobs that were not checked.
 */
export type ReportScope = { jobIds: number[]; job: { id: number; title: string } | null; readonly [checked]: true };

export async function resolveReportScope({ actor, jobId }: { actor: Actor; jobId?: number }): Promise<ReportScope> {
  assertCan(actor, "report.read");
  const jobs = await db.job.findMany({
    where: { AND: [jobsVisibleTo(actor), jobId ? { id: jobId } : {}] },
    select: { id: true, title: true },
  });
  if (jobId && jobs.length === 0) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
  return { jobIds: jobs.map((job) => job.id), job: jobId ? jobs[0]! : null } as ReportScope;
}

/** The jobs the reports can be narrowed to. */
export async function listReportJobs({ actor }: { actor: Actor }): Promise<{ id: number; title: string }[]> {
  assertCan(actor, "report.read");
  return db.job.findMany({
    where: { AND: [jobsVisibleTo(actor), { status: { not: "DRAFT" } }] },
    select: { id: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
}
