import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { preferredFullName } from "@/lib/format/names";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isOverdue } from "./business-days";
import { describeAccommodationAnswers } from "./labels";
import { OPEN_ACCOMMODATION_STATUSES, type AccommodationQueueFilter } from "./schema";

export const QUEUE_PAGE_SIZE = 200;

/**
 * The accommodations queue: who asked, for which job, what kind of help, and how long it has
 * waited. The request's free text stays on its own page, where each read is audited.
 */
export async function listAccommodationRequests({
  actor,
  status,
  now = new Date(),
}: {
  actor: Actor;
  status: AccommodationQueueFilter;
  now?: Date;
}) {
  assertCan(actor, "accommodation.read");
  const where: Prisma.AccommodationRequestWhereInput = {
    application: applicationsVisibleTo(actor),
    ...(status === "open" ? { status: { in: [...OPEN_ACCOMMODATION_STATUSES] } } : status === "all" ? {} : { status }),
  };
  const [rows, total] = await Promise.all([
    db.accommodationRequest.findMany({
      where,
      // The longest-waiting first: that is the order they need answering in.
      orderBy: [{ lastActivityAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        kinds: true,
        preferredContact: true,
        createdAt: true,
        lastActivityAt: true,
        formVersion: { select: { questions: true } },
        application: {
          select: {
            id: true,
            job: { select: { id: true, title: true } },
            candidate: { select: { firstName: true, lastName: true, preferredName: true } },
          },
        },
      },
    }),
    db.accommodationRequest.count({ where }),
  ]);
  const items = rows.map((row) => {
    const answers = describeAccommodationAnswers(row.formVersion.questions, row.kinds, row.preferredContact);
    return {
      id: row.id,
      status: row.status,
      candidateName: preferredFullName(row.application.candidate),
      jobTitle: row.application.job.title,
      kinds: answers.kinds,
      preferredContact: answers.preferredContact,
      createdAt: row.createdAt,
      lastActivityAt: row.lastActivityAt,
      waitingTooLong: (row.status === "NEW" || row.status === "IN_DISCUSSION") && isOverdue(row.lastActivityAt, now),
    };
  });
  return { items, total };
}

export type AccommodationQueueItem = Awaited<ReturnType<typeof listAccommodationRequests>>["items"][number];
