import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { dataExportedEmail } from "@/lib/email/templates/candidate-rights";
import { isoDay } from "@/lib/format/dates";
import { getFileStorage } from "@/lib/storage";
import { buildExportZip, type ZipDocument } from "./build-export-zip";
import { collectCandidateData } from "./collect-candidate-data";
import { queueCandidateEmail } from "./confirmation-email";
import { requireStatusLinkHolder } from "./status-link";

export type CandidateExport = { fileName: string; zip: Uint8Array; emailId: string };

/**
 * The candidate's data as a zip (data.json, README.txt, their documents). Each export is
 * audited and confirmed by email, so a leaked link that is used to take the data shows up in
 * the person's inbox.
 */
export async function exportCandidateData({ statusToken }: { statusToken: string }): Promise<CandidateExport> {
  const holder = await requireStatusLinkHolder(db, statusToken);
  const { applicationId, candidateId } = holder;
  const collected = await collectCandidateData(holder);
  const storage = getFileStorage();
  const documents: ZipDocument[] = [];
  for (const document of collected.documents) {
    documents.push({ pathInZip: document.pathInZip, bytes: await storage.get(document.storageKey) });
  }
  const exportedAt = new Date(collected.data.exportedAt);
  const zip = buildExportZip({ data: collected.data, documents, exportedAt });

  const emailId = await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { kind: "candidate" },
      action: "candidate.exported",
      subjectType: "candidate",
      subjectId: candidateId,
      metadata: {
        applicationId,
        applications: collected.data.applications.length,
        documents: documents.filter((document) => document.bytes).length,
        bytes: zip.byteLength,
      },
    });
    return queueCandidateEmail(tx, {
      applicationId,
      statusToken,
      template: "candidate-data-exported",
      render: (common) => dataExportedEmail({ ...common, applicationCount: collected.data.applications.length }),
    });
  });
  return { fileName: `your-application-data-${isoDay(exportedAt)}.zip`, zip, emailId };
}
