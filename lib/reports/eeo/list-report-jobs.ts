import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The jobs the report can be narrowed to (drafts never took answers). */
export async function listEeoReportJobs({ actor }: { actor: Actor }): Promise<{ id: number; title: string }[]> {
  assertCan(actor, "eeoReport.read");
  return db.job.findMany({
    where: { AND: [jobsVisibleTo(actor), { status: { not: "DRAFT" } }] },
    select: { id: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
}
