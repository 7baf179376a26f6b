import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, staffWhoSeeApplicationsOfJob } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mentionHandle } from "./mention-syntax";

/** The people the typeahead offers on an application's note form: active staff who may see it. */
export async function listMentionableStaff({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  assertCan(actor, "application.note");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: { jobId: true },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  const staff = await db.user.findMany({
    where: staffWhoSeeApplicationsOfJob(application.jobId),
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: 500,
    select: { id: true, name: true, email: true },
  });
  return staff.map((person) => ({
    id: person.id,
    name: person.name ?? person.email,
    email: person.email,
    handle: mentionHandle(person.email),
  }));
}

export type MentionableStaff = Awaited<ReturnType<typeof listMentionableStaff>>[number];
