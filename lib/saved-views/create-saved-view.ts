import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SaveViewInput } from "./schema";
import { assertViewNameFree } from "./saved-view-names";
import { readSavedViewQuery } from "./view-query";

export type CreatedSavedView = { id: string; name: string; shared: boolean; jobId: number | null; query: string };

/** Saves a table view (its URL query, checked by the view schema) under a name unique to its owner and table. */
export async function createSavedView({
  actor,
  input,
}: {
  actor: Actor;
  input: SaveViewInput;
}): Promise<CreatedSavedView> {
  assertCan(actor, "application.read");
  const { name, shared, jobId } = input;
  const read = readSavedViewQuery(input.query, { perJob: jobId !== null });
  if (!read.ok) throw new AppError("VALIDATION", read.message, { query: [read.message] });
  // The table's job, and on the all-jobs table the job it is filtered to: both must be visible.
  const jobIds = [jobId, read.view.jobId].filter((id): id is number => typeof id === "number");
  if (jobIds.length > 0) {
    const visible = await db.job.count({ where: { AND: [{ id: { in: jobIds } }, jobsVisibleTo(actor)] } });
    if (visible !== new Set(jobIds).size)
      throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
  }
  if (shared && jobId === null && !can(actor, "savedView.shareAcrossJobs")) {
    const message =
      "Views of the table of all jobs are shared among recruiting staff only; save it for yourself, or on a job's table.";
    throw new AppError("VALIDATION", message, { shared: [message] });
  }

  return db.$transaction(async (tx) => {
    await assertViewNameFree(tx, { ownerId: actor.userId, jobId, name });
    return tx.savedView.create({
      data: { ownerId: actor.userId, jobId, name, shared, query: read.query },
      select: { id: true, name: true, shared: true, jobId: true, query: true },
    });
  });
}
