import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { preferredFullName } from "@/lib/format/names";
import type { ApplicationSource, ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applicationsWhere } from "./applications-where";
import type { ApplicationsView } from "./view-schema";

/**
 * One row of the table: only what every role that may see the application may see. Work
 * authorization, export control, accommodation and self-identification are never here.
 */
export type ApplicationRow = {
  id: string;
  reference: string;
  /** For the pipeline's dialogs, which name the version they saw. */
  version: number;
  status: ApplicationStatus;
  source: ApplicationSource;
  knockedOut: boolean;
  /** The language the candidate applied in (the reject dialog says which version of an email goes). */
  locale: string;
  appliedAt: Date;
  lastActivityAt: Date;
  candidate: {
    id: string;
    name: string;
    firstName: string;
    lastName: string;
    preferredName: string | null;
    email: string;
  };
  job: { id: number; title: string };
  stage: { id: number; name: string };
  tags: { id: number; name: string }[];
};

export type ApplicationsPage = {
  rows: ApplicationRow[];
  /** Applications matching the view, on every page (at most SEARCH_COUNT_CAP for a search). */
  total: number;
  /** True when a search matched more than SEARCH_COUNT_CAP: `total` is then a lower bound. */
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
};

// The page's own columns; its candidates, jobs, stages and tags are read for the whole page at
// once (withRelations), not by a relation select, which waits for the page and then reads the
// tags' names after their links: two round trips after the page instead of one.
const rowSelect = {
  id: true,
  reference: true,
  version: true,
  status: true,
  source: true,
  knockedOut: true,
  locale: true,
  submittedAt: true,
  lastActivityAt: true,
  candidateId: true,
  jobId: true,
  stageId: true,
} satisfies Prisma.ApplicationSelect;

/**
 * Counting every match of a common search word means rechecking each row's text against the
 * term (~0.3 s for 70,000 of 100,000 applications); "more than 1,000" says as much to someone
 * looking for a person, and is cheap.
 */
export const SEARCH_COUNT_CAP = 1_000;

export async function queryApplications(
  { actor, view }: { actor: Actor; view: ApplicationsView },
  { searchCountCap = SEARCH_COUNT_CAP } = {},
): Promise<ApplicationsPage> {
  assertCan(actor, "application.read");
  const where = await applicationsViewWhere({ actor, view });

  const countCap = view.q ? searchCountCap : undefined;
  const [counted, applications] =
    countCap === undefined
      ? await Promise.all([db.application.count({ where }), pageOf(where, view)])
      : await searchPage(where, view, countCap);
  const totalIsLowerBound = countCap !== undefined && counted > countCap;
  const total = totalIsLowerBound ? countCap : counted;
  return {
    rows: await withRelations(applications),
    total,
    totalIsLowerBound,
    page: view.page,
    pageSize: view.pageSize,
    pageCount: Math.max(1, Math.ceil(total / view.pageSize)),
  };
}

function pageOf(where: Prisma.ApplicationWhereInput, view: ApplicationsView) {
  return db.application.findMany({
    where,
    orderBy: applicationsOrderBy(view),
    skip: (view.page - 1) * view.pageSize,
    take: view.pageSize,
    select: rowSelect,
  });
}

/**
 * A search counts its matches up to the cap by taking their ids in the page's order (Prisma orders
 * a limited query by id unless told otherwise, which would sort every match first), and the page
 * is then read by those ids. One plan for both: asked for the page alone, the planner walked the
 * name index for a surname ('hopper' sorted by name read 73,000 buffers: its matches all sort
 * together, which the estimate cannot know), where the count's plan read 2,400 (decision 0048).
 */
async function searchPage(where: Prisma.ApplicationWhereInput, view: ApplicationsView, countCap: number) {
  const matches = await db.application.findMany({
    where,
    orderBy: applicationsOrderBy(view),
    select: { id: true },
    take: countCap + 1,
  });
  const start = (view.page - 1) * view.pageSize;
  // A page past the capped matches (page 41 and on at 25 a page) is asked for as such.
  if (start + view.pageSize > countCap) return [matches.length, await pageOf(where, view)] as const;
  const ids = matches.slice(start, start + view.pageSize).map((match) => match.id);
  // The view's conditions again (with the actor's): a row changed in between is left out, never shown.
  const rows = await db.application.findMany({ where: { AND: [where, { id: { in: ids } }] }, select: rowSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return [matches.length, ids.flatMap((id) => byId.get(id) ?? [])] as const;
}

/** The applications of a view that an actor may see (the table's rows on every page; the CSV export). */
export async function applicationsViewWhere({
  actor,
  view,
}: {
  actor: Actor;
  view: ApplicationsView;
}): Promise<Prisma.ApplicationWhereInput> {
  // The answer filter needs the question's type; a question of a job the actor cannot see
  // stays null and so matches nothing.
  const question = view.question
    ? await db.jobQuestion.findFirst({
        where: { id: view.question, job: jobsVisibleTo(actor) },
        select: { id: true, type: true, options: { select: { id: true, label: true } } },
      })
    : null;
  return { AND: [applicationsVisibleTo(actor), ...applicationsWhere(view, question)] };
}

/** Each sort ends with the id, so rows never swap places between pages. */
export function applicationsOrderBy({
  sort,
  dir,
  stage,
  stageName,
}: ApplicationsView): Prisma.ApplicationOrderByWithRelationInput[] {
  switch (sort) {
    case "name":
      return [{ sortName: dir }, { id: dir }];
    // Newest first within a stage. Unfiltered, by the stage's position as a trigger copies it onto
    // the application, which an index walks in order. The index knows no stage ids or names, so
    // walking it for a filtered view would read past every row of the earlier stages: one stage
    // is simply newest first, and a few are sorted after the filter (docs/decisions/0048).
    case "stage":
      if (stage.length === 1 && stageName.length === 0) return [{ submittedAt: "desc" }, { id: "desc" }];
      return [
        stage.length > 0 || stageName.length > 0 ? { stage: { position: dir } } : { stagePosition: dir },
        { submittedAt: "desc" },
        { id: "desc" },
      ];
    case "lastActivity":
      return [{ lastActivityAt: dir }, { id: dir }];
    case "appliedAt":
      return [{ submittedAt: dir }, { id: dir }];
  }
}

type PageRow = Prisma.ApplicationGetPayload<{ select: typeof rowSelect }>;

/** The page's rows with their candidate, job, stage and tags (by name), in one round trip. */
async function withRelations(applications: PageRow[]): Promise<ApplicationRow[]> {
  if (applications.length === 0) return [];
  const ids = applications.map((application) => application.id);
  const idsOf = <T>(values: T[]) => [...new Set(values)];
  const [candidates, jobs, stages, links, tags] = await Promise.all([
    db.candidate.findMany({
      where: { id: { in: idsOf(applications.map((application) => application.candidateId)) } },
      select: { id: true, firstName: true, lastName: true, preferredName: true, email: true },
    }),
    db.job.findMany({
      where: { id: { in: idsOf(applications.map((application) => application.jobId)) } },
      select: { id: true, title: true },
    }),
    db.stage.findMany({
      where: { id: { in: idsOf(applications.map((application) => application.stageId)) } },
      select: { id: true, name: true },
    }),
    db.applicationTag.findMany({ where: { applicationId: { in: ids } }, select: { applicationId: true, tagId: true } }),
    db.tag.findMany({
      where: { applications: { some: { applicationId: { in: ids } } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const byId = <T extends { id: string | number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const [candidateById, jobById, stageById] = [byId(candidates), byId(jobs), byId(stages)];
  const tagIdsOf = new Map<string, Set<number>>();
  for (const { applicationId, tagId } of links)
    tagIdsOf.set(applicationId, (tagIdsOf.get(applicationId) ?? new Set()).add(tagId));
  return applications.flatMap(({ candidateId, jobId, stageId, submittedAt, ...rest }) => {
    const candidate = candidateById.get(candidateId);
    const job = jobById.get(jobId);
    const stage = stageById.get(stageId);
    // Deleted in between (a candidate erased for good takes their applications along): left out.
    if (!candidate || !job || !stage) return [];
    const tagIds = tagIdsOf.get(rest.id);
    return {
      ...rest,
      appliedAt: submittedAt,
      candidate: { ...candidate, name: preferredFullName(candidate) },
      job,
      stage,
      // A tag added between the two reads shows on the next load.
      tags: tagIds ? tags.filter((tag) => tagIds.has(tag.id)) : [],
    };
  });
}
