// Plain text of an uploaded resume or cover letter, for search (docs/decisions/0005, 0020).
import "server-only";
import type { DocumentContentType } from "./detect-document-type";
import { parseInSandbox, type SandboxLimits } from "./document-text-sandbox";
import { docxTextParts } from "./docx-text-parts";

const MB = 1024 * 1024;

export type ExtractionLimits = SandboxLimits & {
  /** A DOCX's text parts (its XML), inflated in all; pictures and other media are never inflated. */
  maxDocxXmlBytes: number;
};

export const EXTRACTION_LIMITS: ExtractionLimits = {
  /** Characters kept: far beyond any real resume, small enough for the search index. */
  maxChars: 200_000,
  maxPdfPages: 50,
  // mammoth needs about 16 bytes of heap per byte of XML and 1 s per megabyte (measured): 8 MB
  // is a 130 MB heap and about 8 s, where a real resume's XML is well under 1 MB.
  maxDocxXmlBytes: 8 * MB,
  /** A background job reads it (decision 0020): give up on a file that takes longer. */
  timeoutMs: 10_000,
  maxHeapMb: 192,
  // The heap above plus what pdf.js and mammoth keep in typed arrays, outside it.
  maxMemoryGrowthBytes: 512 * MB,
};

/**
 * The document's text, whitespace-collapsed and bounded; "" when it has none (a scanned PDF);
 * null when it could not be read: malformed, a zip bomb, or past a limit of memory or time.
 * Never throws, and a hostile file costs at most the limits: the parsers run in a sandbox thread.
 */
export async function extractDocumentText(
  bytes: Uint8Array,
  contentType: DocumentContentType,
  limits: ExtractionLimits = EXTRACTION_LIMITS,
): Promise<string | null> {
  try {
    const parserInput = contentType === "application/pdf" ? bytes : docxTextParts(bytes, limits.maxDocxXmlBytes);
    return cleanText(await parseInSandbox(parserInput, contentType, limits));
  } catch (error) {
    // The message only: the document's content is personal data and stays out of logs.
    console.warn(
      `[extract-document-text] could not read a ${contentType} document: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/** Postgres text cannot hold NUL, and control characters only get in the way of search. */
export function cleanText(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ")
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n[\s]*/g, "\n")
      .trim()
      .slice(0, EXTRACTION_LIMITS.maxChars)
  );
}
