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

// A card's own columns; names and tags are read once for the whole board (hydrateCards), not by
// a relation select per column, which Prisma runs as three more queries for each column.
const cardSelect = {
  id: true,
  version: true,
  reference: true,
  stageId: true,
  submittedAt: true,
  source: true,
  knockedOut: true,
  candidateId: true,
  locale: true,
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
 * applications: counts come from the (jobId, stageId, status) index, every column is a LIMIT, and
 * the cards' names and tags take one query each for the whole board.
 */
export async function getJobBoard({ actor, jobId, limits = {} }: GetJobBoard): Promise<JobBoard> {
  assertCan(actor, "job.read");
  // Hired applications stay on the board in their (HIRED-kind) stage, so a hire can be moved back.
  const active = { AND: [{ jobId, status: { in: [...MOVABLE_STATUSES] } }, applicationsVisibleTo(actor)] };
  // The job, its stages, its organization and the counts at once, not the stages and the
  // organization after the job (a relation select waits for its parent): one round trip fewer
  // before the columns. What was read of a job the actor may not see is dropped unshown.
  const [job, stages, organization, counts] = await Promise.all([
    db.job.findFirst({ where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] }, select: { id: true, title: true } }),
    db.stage.findMany({
      where: { jobId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, kind: true },
    }),
    db.organization.findFirst({ where: { jobs: { some: { id: jobId } } }, select: { name: true } }),
    db.application.groupBy({ by: ["stageId"], where: active, _count: { _all: true } }),
  ]);
  if (!job || !organization) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");

  const limitFor = (stageId: number) =>
    Math.min(Math.max(limits[stageId] ?? BOARD_PAGE_SIZE, BOARD_PAGE_SIZE), MAX_COLUMN_LIMIT);
  const cardsByStage = await Promise.all(
    stages.map((stage) =>
      db.application.findMany({
        where: { AND: [active, { stageId: stage.id }] },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        take: limitFor(stage.id),
        select: cardSelect,
      }),
    ),
  );
  const countByStage = new Map(counts.map((row) => [row.stageId, row._count._all]));
  const cardOf = await hydrateCards(cardsByStage.flat());

  return {
    job: { id: job.id, title: job.title, organizationName: organization.name },
    columns: stages.map((stage, index) => ({
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
      count: countByStage.get(stage.id) ?? 0,
      cards: (cardsByStage[index] ?? []).map(cardOf),
      limit: limitFor(stage.id),
    })),
    permissions: {
      canMove: can(actor, "application.move"),
      canReject: can(actor, "application.reject"),
      canTag: can(actor, "application.tag"),
    },
    senderName: senderName(actor, organization.name),
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
  candidateId: string;
  locale: string;
};

/**
 * The candidates' names and the tags (oldest first) of every card on the board, in three queries
 * at once (a relation select of the tag's name would wait for the tags' rows before asking).
 */
async function hydrateCards(rows: CardRow[]): Promise<(row: CardRow) => BoardCard> {
  const applicationIds = rows.map((row) => row.id);
  const [candidates, tagRows, tags] = await Promise.all([
    db.candidate.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.candidateId))] } },
      select: { id: true, firstName: true, lastName: true, preferredName: true },
    }),
    db.applicationTag.findMany({
      where: { applicationId: { in: applicationIds } },
      orderBy: [{ createdAt: "asc" }, { tagId: "asc" }],
      select: { applicationId: true, tagId: true },
    }),
    db.tag.findMany({
      where: { applications: { some: { applicationId: { in: applicationIds } } } },
      select: { id: true, name: true },
    }),
  ]);
  const candidateById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const tagName = new Map(tags.map((tag) => [tag.id, tag.name]));
  const tagsByApplication = new Map<string, string[]>();
  for (const { applicationId, tagId } of tagRows) {
    const name = tagName.get(tagId);
    // A tag added between the two reads shows on the next load.
    if (name !== undefined)
      tagsByApplication.set(applicationId, [...(tagsByApplication.get(applicationId) ?? []), name]);
  }

  return (row) => {
    const candidate = candidateById.get(row.candidateId);
    if (!candidate) throw new Error(`Candidate ${row.candidateId} of application ${row.id} was not found`);
    return {
      id: row.id,
      version: row.version,
      reference: row.reference,
      stageId: row.stageId,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      preferredName: candidate.preferredName,
      submittedAt: row.submittedAt.toISOString(),
      source: row.source,
      knockedOut: row.knockedOut,
      tags: tagsByApplication.get(row.id) ?? [],
      locale: row.locale,
    };
  };
}
