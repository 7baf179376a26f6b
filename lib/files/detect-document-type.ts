import { fileTypeFromBuffer } from "file-type";

export const DOCUMENT_TYPES = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
} as const;

export type DocumentContentType = keyof typeof DOCUMENT_TYPES;

/**
 * The content type read from the bytes themselves (magic numbers, and for DOCX the zip's
 * inner structure), so a renamed executable or image is refused whatever its name says.
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentContentType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  return detected.mime in DOCUMENT_TYPES ? (detected.mime as DocumentContentType) : null;
}
