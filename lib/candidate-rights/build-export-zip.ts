import { strToU8, zipSync, type Zippable } from "fflate";

export type ZipDocument = { pathInZip: string; bytes: Uint8Array | null };

/**
 * The zip a candidate downloads: data.json, a README that says what is (and is not) inside, and
 * their documents as they uploaded them. Documents are stored, not compressed: PDFs and DOCX
 * files are compressed already.
 */
export function buildExportZip({
  data,
  documents,
  exportedAt,
}: {
  data: unknown;
  documents: ZipDocument[];
  exportedAt: Date;
}): Uint8Array {
  const missing = documents.filter((document) => !document.bytes).map((document) => document.pathInZip);
  const files: Zippable = {
    "README.txt": strToU8(readme(exportedAt, missing)),
    "data.json": strToU8(`${JSON.stringify(data, null, 2)}\n`),
  };
  for (const document of documents) {
    if (document.bytes) files[document.pathInZip] = [document.bytes, { level: 0 }];
  }
  return zipSync(files, { level: 6, mtime: exportedAt });
}

function readme(exportedAt: Date, missing: string[]): string {
  return [
    "Your data",
    "=========",
    "",
    `Exported ${exportedAt.toISOString()} from your application status page.`,
    "",
    "data.json      Your profile, every application you made with this record (answers with",
    "               their questions, the work-authorization and export-control answers you gave",
    "               in the wording you saw, your accommodation request and your own updates to",
    "               it, where each application stood over time, your interviews) and every",
    "               email we sent you.",
    "files/         The documents you uploaded (resume, cover letter), one folder per",
    "               application reference.",
    "",
    "Not in this file:",
    "- Voluntary self-identification (gender, race and ethnicity, veteran and disability status).",
    "  Those answers are stored without your name or any link to your application, so that no",
    "  one, including us, can tie them back to you. That also means we cannot find them to",
    "  include them here.",
    "- The hiring team's internal notes and interview feedback, which are about the team's",
    "  evaluation rather than information you gave us.",
    ...(missing.length > 0
      ? [
          "",
          "Documents we could not read from storage at the time of export (ask us for them):",
          ...missing.map((path) => `- ${path}`),
        ]
      : []),
    "",
    "You can ask us to erase your data from the same status page.",
    "",
  ].join("\n");
}
