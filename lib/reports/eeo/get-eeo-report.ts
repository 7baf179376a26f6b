import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { buildEeoReport, type EeoReport } from "./build-eeo-report";
import type { EeoReportFilters } from "./schema";

/** The report for the page; each view is written to the audit log with the quarter it showed. */
export async function getEeoReport({
  actor,
  filters,
}: {
  actor: Actor;
  filters: EeoReportFilters;
}): Promise<EeoReport> {
  const report = await buildEeoReport({ actor, filters });
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actor,
      action: "view.eeoReport",
      subjectType: "report",
      subjectId: "eeo",
      metadata: { quarter: report.period.key },
    }),
  );
  return report;
}
