import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, interviewsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { interviewSchema } from "./schemas";

/** The interviews of one application, by start time; none for an application the actor does not see. */
export async function listInterviewsForApi({
  actor,
  applicationId,
}: {
  actor: Actor;
  applicationId: string;
}): Promise<z.input<typeof interviewSchema>[]> {
  assertCan(actor, "application.read");
  const rows = await db.interview.findMany({
    where: { AND: [{ applicationId }, { application: applicationsVisibleTo(actor) }, interviewsVisibleTo(actor)] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      applicationId: true,
      title: true,
      status: true,
      startsAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      videoUrl: true,
      panel: {
        orderBy: { userId: "asc" },
        select: { user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    application_id: row.applicationId,
    title: row.title,
    status: row.status,
    starts_at: row.startsAt.toISOString(),
    duration_minutes: row.durationMinutes,
    time_zone: row.timeZone,
    location: row.location,
    video_url: row.videoUrl,
    panel: row.panel.map(({ user }) => ({ id: user.id, name: user.name ?? user.email })),
  }));
}
