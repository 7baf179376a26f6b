import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, can, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import { MOVABLE_STATUSES } from "./application-changes";
import { BOARD_PAGE_SIZE, MAX_COLUMN_LIMIT } from "./board-limits";
import type { BoardCard, JobBoard } from "./board-types";
import { senderName } from "./rejection-email";

export type { BoardCard, BoardColumn, JobBoard } from "./board-types";

const cardSelect = {
  id: true,
  version: true,
  reference: true,
  stageId: true,
  submittedAt: true,
  source: true,
  knockedOut: true,
  candidate: { select: { firstName: true, lastName: true, preferredName: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
} as const;

type GetJobBoard = {
  actor: Actor;
  jobId: number;
  /** Cards to show per stage id ("show more"); default BOARD_PAGE_SIZE. */
  limits?: Record<number, number>;
};

/**
 * The pipeline board of one job: its stages in order, the number of active applications in each
 * (one grouped count), and the newest cards of each stage. Built to stay fast at 20,000
 * applications: counts come from the (jobId, stageId, status) index and every column is a LIMIT.
 */
export async function getJobBoard({ actor, jobId, limits = {} }: GetJobBoard): Promise<JobBoard> {
  assertCan(actor, "job.read");
  const job = await db.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: {
      id: true,
      title: true,
      organization: { select: { name: true } },
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true } },
    },
  });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");

  // Hired applications stay on the board in their (HIRED-kind) stage, so a hire can be moved back.
  const active = { AND: [{ jobId, status: { in: [...MOVABLE_STATUSES] } }, applicationsVisibleTo(actor)] };
  const limitFor = (stageId: number) => Math.min(Math.max(limits[stageId] ?? BOARD_PAGE_SIZE, BOARD_PAGE_SIZE), MAX_COLUMN_LIMIT);
  const [counts, ...cardsByStage] = await Promise.all([
    db.application.groupBy({ by: ["stageId"], where: active, _count: { _all: true } }),
    ...job.stages.map((stage) =>
      db.application.findMany({
        where: { AND: [active, { stageId: stage.id }] },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        take: limitFor(stage.id),
        select: cardSelect,
      }),
    ),
  ]);
  const countByStage = new Map(counts.map((row) => [row.stageId, row._count._all]));

  return {
    job: { id: job.id, title: job.title, organizationName: job.organization.name },
    columns: job.stages.map((stage, index) => ({
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
      count: countByStage.get(stage.id) ?? 0,
      cards: (cardsByStage[index] ?? []).map(toCard),
      limit: limitFor(stage.id),
    })),
    permissions: {
      canMove: can(actor, "application.move"),
      canReject: can(actor, "application.reject"),
      canTag: can(actor, "application.tag"),
    },
    senderName: senderName(actor, job.organization.name),
  };
}

type CardRow = {
  id: string;
  version: number;
  reference: string;
  stageId: number;
  submittedAt: Date;
  source: ApplicationSource;
  knockedOut: boolean;
  candidate: { firstName: string; lastName: string; preferredName: string | null };
  tags: { tag: { name: string } }[];
};

function toCard(row: CardRow): BoardCard {
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    stageId: row.stageId,
    firstName: row.candidate.firstName,
    lastName: row.candidate.lastName,
    preferredName: row.candidate.preferredName,
    submittedAt: row.submittedAt.toISOString(),
    source: row.source,
    knockedOut: row.knockedOut,
    tags: row.tags.map((entry) => entry.tag.name),
  };
}
