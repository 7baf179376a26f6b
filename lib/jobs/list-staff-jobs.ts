import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { JobStatus } from "@/lib/generated/prisma/enums";

export type StaffJobRow = {
  id: number;
  slug: string;
  title: string;
  status: JobStatus;
  department: string;
  publishedAt: Date | null;
  closedAt: Date | null;
  activeApplications: number;
};

/** The jobs an actor may see, drafts first, with their active applications counted in one query. */
export async function listStaffJobs({ actor }: { actor: Actor }): Promise<StaffJobRow[]> {
  assertCan(actor, "job.read");
  const jobs = await db.job.findMany({
    where: jobsVisibleTo(actor),
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      publishedAt: true,
      closedAt: true,
      department: { select: { name: true } },
    },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "desc" }],
  });
  if (jobs.length === 0) return [];
  const counts = await db.application.groupBy({
    by: ["jobId"],
    where: { AND: [{ jobId: { in: jobs.map((job) => job.id) }, status: "ACTIVE" }, applicationsVisibleTo(actor)] },
    _count: { _all: true },
  });
  const activeByJob = new Map(counts.map((row) => [row.jobId, row._count._all]));
  return jobs.map(({ department, ...job }) => ({
    ...job,
    department: department.name,
    activeApplications: activeByJob.get(job.id) ?? 0,
  }));
}
