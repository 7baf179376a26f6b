// Plain text of an uploaded resume or cover letter, for search (docs/decisions/0005).
import "server-only";
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import type { DocumentContentType } from "./detect-document-type";
import { declaredUnzippedBytes } from "./zip-entries";

export const EXTRACTION_LIMITS = {
  /** Characters kept: far beyond any real resume, small enough for the search index. */
  maxChars: 200_000,
  maxPdfPages: 50,
  /** A DOCX is a zip: refuse to inflate one that claims more than this (zip bomb). */
  maxDocxUnzippedBytes: 50 * 1024 * 1024,
  /** Extraction runs while the candidate waits for their confirmation: give up, don't stall. */
  timeoutMs: 10_000,
} as const;

/**
 * The document's text, whitespace-collapsed and bounded; "" when it has none (a scanned PDF);
 * null when it could not be read. Never throws: a resume we cannot index must never cost a
 * candidate their application.
 */
export async function extractDocumentText(bytes: Uint8Array, contentType: DocumentContentType): Promise<string | null> {
  // pdf.js may take over (detach) the buffer it is given; the caller still needs its bytes.
  const copy = bytes.slice();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${EXTRACTION_LIMITS.timeoutMs} ms`)), EXTRACTION_LIMITS.timeoutMs);
  });
  try {
    const raw = await Promise.race([contentType === "application/pdf" ? pdfText(copy) : docxText(copy), timeout]);
    return cleanText(raw);
  } catch (error) {
    // The message only: the document's content is personal data and stays out of logs.
    console.warn(`[extract-document-text] could not read a ${contentType} document: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // No eval (fonts are never rendered here anyway) and errors only in the log.
  const pdf = await getDocumentProxy(bytes, { isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const pages: string[] = [];
    let length = 0;
    const last = Math.min(pdf.numPages, EXTRACTION_LIMITS.maxPdfPages);
    for (let number = 1; number <= last && length < EXTRACTION_LIMITS.maxChars; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join("");
      page.cleanup();
      pages.push(text);
      length += text.length;
    }
    return pages.join("\n");
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const unzipped = declaredUnzippedBytes(bytes);
  if (unzipped > EXTRACTION_LIMITS.maxDocxUnzippedBytes) {
    throw new Error(`the archive would unzip to ${unzipped} bytes`);
  }
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}

/** Postgres text cannot hold NUL, and control characters only get in the way of search. */
export function cleanText(raw: string): string {
  return raw
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim()
    .slice(0, EXTRACTION_LIMITS.maxChars);
}
