// The text of an uploaded resume or cover letter, read after its application is stored, by the
// worker or (where none runs) after the response (docs/decisions/0020).
import "server-only";
import { db } from "@/lib/db";
import { DOCUMENT_TYPES, type DocumentContentType } from "@/lib/files/detect-document-type";
import { extractDocumentText } from "@/lib/files/extract-document-text";
import { refreshApplicationSearchText } from "@/lib/search/search-text";
import { getFileStorage } from "@/lib/storage";

/**
 * StoredFile.extractedText: null while unread; "" once read without text (a scanned PDF, a file
 * that could not be parsed or is gone). An erased file is null too, with an empty sha256: never
 * read again.
 */
export const UNREAD_DOCUMENT = { extractedText: null, sha256: { not: "" } } as const;

export type ReadOutcome = "READ" | "NO_TEXT" | "SKIPPED";

/**
 * Reads one document's text and puts it in the search text of the applications that use it.
 * Idempotent: a document already read (a retried or swept job) or erased meanwhile is skipped.
 * Throws only when the database or the file store fails, for the job to be retried.
 */
export async function readDocumentText(storedFileId: string): Promise<ReadOutcome> {
  const file = await db.storedFile.findFirst({
    where: { id: storedFileId, ...UNREAD_DOCUMENT },
    select: { storageKey: true, contentType: true },
  });
  if (!file) return "SKIPPED";
  const bytes = await getFileStorage().get(file.storageKey);
  const text =
    bytes && isDocumentType(file.contentType) ? ((await extractDocumentText(bytes, file.contentType)) ?? "") : "";

  return db.$transaction(async (tx) => {
    // The condition again, under the row's lock: an erasure that committed while the text was
    // being read must not get it back.
    const { count } = await tx.storedFile.updateMany({
      where: { id: storedFileId, ...UNREAD_DOCUMENT },
      data: { extractedText: text },
    });
    if (count === 0) return "SKIPPED";
    const applications = await tx.application.findMany({
      where: { OR: [{ resumeFileId: storedFileId }, { coverLetterFileId: storedFileId }] },
      select: { id: true },
    });
    for (const { id } of applications) await refreshApplicationSearchText(tx, id);
    return text ? "READ" : "NO_TEXT";
  });
}

function isDocumentType(contentType: string): contentType is DocumentContentType {
  return contentType in DOCUMENT_TYPES;
}
