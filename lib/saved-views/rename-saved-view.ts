import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { savedViewsEditableBy } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertViewNameFree, viewNotYours } from "./saved-view-names";

/** Renames one of the actor's own views; another person's view is reported as not found. */
export async function renameSavedView({
  actor,
  viewId,
  name,
}: {
  actor: Actor;
  viewId: string;
  name: string;
}): Promise<{ id: string; name: string; jobId: number | null }> {
  return db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({
      where: { AND: [{ id: viewId }, savedViewsEditableBy(actor)] },
      select: { id: true, jobId: true },
    });
    if (!view) throw viewNotYours();
    await assertViewNameFree(tx, { ownerId: actor.userId, jobId: view.jobId, name, exceptViewId: view.id });
    return tx.savedView.update({
      where: { id: view.id },
      data: { name },
      select: { id: true, name: true, jobId: true },
    });
  });
}
