import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { savedViewsEditableBy } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { viewNotYours } from "./saved-view-names";

/** Deletes one of the actor's own views; another person's view is reported as not found. */
export async function deleteSavedView({
  actor,
  viewId,
}: {
  actor: Actor;
  viewId: string;
}): Promise<{ id: string; name: string; jobId: number | null }> {
  return db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({
      where: { AND: [{ id: viewId }, savedViewsEditableBy(actor)] },
      select: { id: true, name: true, jobId: true },
    });
    if (!view) throw viewNotYours();
    await tx.savedView.delete({ where: { id: view.id } });
    return view;
  });
}
