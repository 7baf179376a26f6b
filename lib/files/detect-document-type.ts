import { fileTypeFromBuffer } from "file-type";
import { inflateEntry, isZip, zipEntries } from "./zip-entries";

export const DOCUMENT_TYPES = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
} as const;

export type DocumentContentType = keyof typeof DOCUMENT_TYPES;

const DOCX: DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DOCX_MAIN_PART = 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"';
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
// A real [Content_Types].xml is a few kilobytes.
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

/**
 * The content type read from the bytes themselves (magic numbers, and for DOCX the zip's
 * inner structure), so a renamed executable or image is refused whatever its name says.
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentContentType | null> {
  // file-type inflates a zip's [Content_Types].xml (or `mimetype`) whole, whatever its size: a
  // zip bomb would take the server's memory on the candidate's request. Zips are read here instead.
  if (isZip(bytes)) return isDocx(bytes) ? DOCX : null;
  // file-type's own test for a PDF, without what follows it: a scan of the whole file for an
  // Illustrator marker (about 1 ms for a 300 KB résumé, on every upload), which would name an
  // Illustrator file saved as a PDF application/illustrator. It is a PDF, and is read as one.
  if (startsWith(bytes, PDF_MAGIC)) return "application/pdf";
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  return detected.mime in DOCUMENT_TYPES ? (detected.mime as DocumentContentType) : null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.byteLength >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** What file-type checks, under a cap: the package declares a WordprocessingML main document. */
function isDocx(bytes: Uint8Array): boolean {
  try {
    const contentTypes = zipEntries(bytes).find((entry) => entry.name === "[Content_Types].xml");
    return (
      contentTypes !== undefined &&
      new TextDecoder().decode(inflateEntry(bytes, contentTypes, MAX_CONTENT_TYPES_BYTES)).includes(DOCX_MAIN_PART)
    );
  } catch {
    // Malformed, zip64, encrypted, or bigger than it says: not a document we accept.
    return false;
  }
}
