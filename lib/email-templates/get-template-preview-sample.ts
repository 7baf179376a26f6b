import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { MergeData } from "@/lib/email/merge-fields";
import { sampleMergeData } from "./sample-merge-data";

/** Sample merge data for the preview, with the real organization and the editor as sender. */
export async function getTemplatePreviewSample({ actor }: { actor: Actor }): Promise<MergeData> {
  const organization = await db.organization.findFirst({
    select: { name: true },
    orderBy: [{ isDemo: "asc" }, { id: "asc" }],
  });
  return sampleMergeData({
    organizationName: organization?.name ?? "Your organization",
    senderName: actor.name ?? actor.email,
  });
}
