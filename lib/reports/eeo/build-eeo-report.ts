import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import {
  isReportable,
  latestReportablePeriod,
  periodFromKey,
  type ReportingPeriod,
} from "@/lib/self-identification/reporting-period";
import { countResponses } from "./count-responses";
import { EEO_QUESTIONS, loadEeoCategories, type EeoQuestionKey } from "./questions";
import type { EeoReportFilters } from "./schema";
import { suppressTable, type SuppressedCount } from "./suppress";

export type EeoReportTable = {
  key: EeoQuestionKey;
  title: string;
  note: string;
  cells: { value: string; label: string; count: SuppressedCount }[];
  /** Respondents to this question. */
  total: SuppressedCount;
};

export type EeoReport = {
  /** The one calendar quarter the report covers, every job together. */
  period: ReportingPeriod;
  /** Self-identification forms submitted in the quarter (any question answered). */
  responses: SuppressedCount;
  tables: EeoReportTable[];
};

/**
 * The aggregate report, suppressed (suppress.ts) before it leaves this folder: counts only, never
 * a row, so no screen or file built on it can show one person's answers. It covers one whole
 * quarter that has ended, all jobs together: reports never overlap (no ranges, no job beside
 * all jobs) and never change once readable, so none can be subtracted from another
 * (docs/decisions/0026). A quarter not yet reportable gets the latest one that is. Callers
 * record the view or export in the audit log (get-eeo-report.ts, export-eeo-report.ts).
 */
export async function buildEeoReport({
  actor,
  filters,
  now = new Date(),
}: {
  actor: Actor;
  filters: EeoReportFilters;
  now?: Date;
}): Promise<EeoReport> {
  assertCan(actor, "eeoReport.read");
  const asked = periodFromKey(filters.quarter);
  const period = asked && isReportable(asked, now) ? asked : latestReportablePeriod(now);
  const [categories, counts] = await Promise.all([loadEeoCategories(), countResponses(period)]);

  const tables = EEO_QUESTIONS.map(({ key, title, note }): EeoReportTable => {
    const answered = counts.byQuestion[key];
    const known = new Set(categories[key].map((category) => category.value));
    // An answer no version lists any more still counts, under its stored value.
    const cells = [
      ...categories[key],
      ...[...answered.keys()].filter((value) => !known.has(value)).map((value) => ({ value, label: value })),
    ];
    const raw = cells.map((cell) => answered.get(cell.value) ?? 0);
    const suppressed = suppressTable(
      raw,
      raw.reduce((sum, count) => sum + count, 0),
    );
    return {
      key,
      title,
      note,
      cells: cells.map((cell, index) => ({ ...cell, count: suppressed.cells[index]! })),
      total: suppressed.total,
    };
  });
  return { period, responses: suppressTable([], counts.responses).total, tables };
}

/** How a count reads on screen and in the CSV file. */
export function formatSuppressedCount(count: SuppressedCount): string {
  if (count.kind === "small") return "<5";
  if (count.kind === "hidden") return "hidden";
  return count.value.toLocaleString("en-US");
}
