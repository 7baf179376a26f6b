import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { detectDocumentType } from "@/lib/files/detect-document-type";
import { sanitizeFileName } from "@/lib/files/sanitize-file-name";
import { getFileStorage } from "@/lib/storage";

export type StoredDocument = {
  storageKey: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
};

/**
 * Checks a document by its content and writes it to storage. The caller records the metadata
 * in its transaction and calls removeStoredDocuments when that transaction fails. Its text is
 * read later, off the candidate's request (queue-document-text.ts).
 */
export async function storeDocument(file: File, field: "resume" | "coverLetterFile"): Promise<StoredDocument> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = await detectDocumentType(bytes);
  const label = field === "resume" ? "resume" : "cover letter";
  const document = { document: field };
  if (!contentType) {
    throw new CandidateRefusal("VALIDATION", "documentUnreadable", document, {
      path: field,
      key: "documentUnreadableField",
    });
  }
  const storageKey = `documents/${randomUUID()}`;
  try {
    await getFileStorage().put(storageKey, bytes, contentType);
  } catch (error) {
    // A full disk or an unreachable bucket is ours to fix: say so, and that nothing was kept.
    console.error(`[storage] storing a ${label} failed`, error);
    throw new CandidateRefusal("UNAVAILABLE", "documentNotStored", document);
  }
  return {
    storageKey,
    fileName: sanitizeFileName(file.name, contentType === "application/pdf" ? `${label}.pdf` : `${label}.docx`),
    contentType,
    byteSize: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

export async function removeStoredDocuments(documents: (StoredDocument | undefined)[]): Promise<void> {
  await Promise.all(
    documents.flatMap((document) =>
      document
        ? [
            getFileStorage()
              .delete(document.storageKey)
              .catch(() => undefined),
          ]
        : [],
    ),
  );
}
