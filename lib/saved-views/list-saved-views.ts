import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { savedViewsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readSavedViewQuery } from "./view-query";

export type SavedViewItem = {
  id: string;
  name: string;
  shared: boolean;
  /** Who saved it, for views shared with the viewer. */
  ownerName: string;
  /** The view's query, read again by the view schema; null when it no longer reads (never applied). */
  query: string | null;
};

export type SavedViewList = { mine: SavedViewItem[]; sharedWithMe: SavedViewItem[] };

const MAX_VIEWS = 200;

/** The views of one table (a job's, or the all-jobs table with `jobId` null) that the actor may see. */
export async function listSavedViews({ actor, jobId }: { actor: Actor; jobId: number | null }): Promise<SavedViewList> {
  const views = await db.savedView.findMany({
    where: { AND: [savedViewsVisibleTo(actor), { jobId }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_VIEWS,
    select: {
      id: true,
      name: true,
      shared: true,
      query: true,
      ownerId: true,
      owner: { select: { name: true, email: true } },
    },
  });
  const items = views.map((view) => {
    const read = readSavedViewQuery(view.query, { perJob: jobId !== null });
    return {
      item: {
        id: view.id,
        name: view.name,
        shared: view.shared,
        ownerName: view.owner.name ?? view.owner.email,
        query: read.ok ? read.query : null,
      },
      mine: view.ownerId === actor.userId,
    };
  });
  return {
    mine: items.filter((entry) => entry.mine).map((entry) => entry.item),
    sharedWithMe: items.filter((entry) => !entry.mine).map((entry) => entry.item),
  };
}
