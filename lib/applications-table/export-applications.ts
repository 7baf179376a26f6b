import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/format/dates";
import { preferredFullName } from "@/lib/format/names";
import type { Prisma } from "@/lib/generated/prisma/client";
import { APPLICATION_SOURCE_LABELS, APPLICATION_STATUS_LABELS } from "@/lib/pipeline/labels";
import { csvLine } from "@/lib/utils/csv";
import { viewWithinOptions } from "./load-applications-table";
import { loadApplicationsFilterOptions } from "./load-filter-options";
import { applicationsOrderBy, applicationsViewWhere } from "./query-applications";
import { applicationsViewQuery, type ApplicationsView } from "./view-schema";

/** Enough for any pipeline a person reads in a spreadsheet; past it, narrow the view. */
export const EXPORT_MAX_ROWS = 20_000;
const BATCH_SIZE = 500;

/**
 * The columns every role that may see an application may see. Work authorization, export
 * control, accommodation and self-identification are never exported, whoever asks.
 */
export const EXPORT_COLUMNS = [
  "Name",
  "Email",
  "Job",
  "Stage",
  "Status",
  "Source",
  "Tags",
  "Submitted",
  "Last activity",
] as const;

const exportSelect = {
  id: true,
  status: true,
  source: true,
  submittedAt: true,
  lastActivityAt: true,
  candidate: { select: { firstName: true, lastName: true, preferredName: true, email: true } },
  job: { select: { title: true } },
  stage: { select: { name: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.ApplicationSelect;

type ExportRow = Prisma.ApplicationGetPayload<{ select: typeof exportSelect }>;

export type ApplicationsExport = { fileName: string; rowCount: number; lines: AsyncGenerator<string> };

/**
 * The applications of a table view (the same filters and sort as the table, on every page) as
 * CSV lines. The matching ids are fixed when the export starts, so rows neither repeat nor go
 * missing while it streams; each export is audited with its view and size.
 */
export async function exportApplications({
  actor,
  view,
}: {
  actor: Actor;
  view: ApplicationsView;
}): Promise<ApplicationsExport> {
  assertCan(actor, "application.read");
  // Throws NOT_FOUND for a job the actor cannot see, as the table page does.
  const options = await loadApplicationsFilterOptions({ actor, jobId: view.jobId });
  const applied = viewWithinOptions(view, options);
  const where = await applicationsViewWhere({ actor, view: applied });
  const matches = await db.application.findMany({
    where,
    orderBy: applicationsOrderBy(applied),
    select: { id: true },
    take: EXPORT_MAX_ROWS + 1,
  });
  if (matches.length > EXPORT_MAX_ROWS) {
    throw new AppError(
      "VALIDATION",
      `This view has more than ${EXPORT_MAX_ROWS.toLocaleString("en-US")} applications; narrow it to export it.`,
    );
  }
  const ids = matches.map((match) => match.id);
  const query = applicationsViewQuery(applied, { page: 1, pageSize: undefined }).replace(/^\?/, "");
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actor,
      action: "applications.exported",
      subjectType: "job",
      subjectId: options.job ? String(options.job.id) : undefined,
      metadata: { view: query, rows: ids.length, format: "csv" },
    }),
  );
  const day = isoDay(new Date());
  return {
    fileName: `applications-${options.job ? `job-${options.job.id}` : "all-jobs"}-${day}.csv`,
    rowCount: ids.length,
    lines: csvLines(actor, ids),
  };
}

async function* csvLines(actor: Actor, ids: string[]): AsyncGenerator<string> {
  yield csvLine(EXPORT_COLUMNS);
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    const batch = ids.slice(start, start + BATCH_SIZE);
    // Visibility again: access may end while a long export streams.
    const rows = await db.application.findMany({
      where: { AND: [{ id: { in: batch } }, applicationsVisibleTo(actor)] },
      select: exportSelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of batch) {
      const row = byId.get(id);
      if (row) yield csvLine(exportCells(row));
    }
  }
}

function exportCells(row: ExportRow): string[] {
  const { candidate } = row;
  return [
    preferredFullName(candidate),
    candidate.email,
    row.job.title,
    row.stage.name,
    APPLICATION_STATUS_LABELS[row.status],
    APPLICATION_SOURCE_LABELS[row.source],
    row.tags.map(({ tag }) => tag.name).join("; "),
    // ISO 8601 in UTC: every spreadsheet reads it, and it sorts as text.
    row.submittedAt.toISOString(),
    row.lastActivityAt.toISOString(),
  ];
}
