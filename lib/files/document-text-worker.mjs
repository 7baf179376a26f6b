// The third-party parsers (pdf.js through unpdf, and mammoth) run here, in a thread of their own
// whose heap is capped and which is killed when it runs too long or makes the process's memory
// grow too much (document-text-sandbox.ts). A DOCX arrives already cut down to its text parts.
// Plain JavaScript: Node runs this file as it is under tsx and Vitest, and Next.js bundles it as
// a worker entry; a TypeScript file would need a loader inside the thread.
import { parentPort } from "node:worker_threads";
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";

parentPort?.on("message", ({ bytes, contentType, maxPdfPages, maxChars }) => {
  const reading = contentType === "application/pdf" ? pdfText(bytes, maxPdfPages, maxChars) : docxText(bytes);
  reading.then(
    // Raw text shrinks when blanks are collapsed: keep a margin over maxChars, not the whole of it.
    (text) => parentPort?.postMessage({ text: text.slice(0, maxChars * 4) }),
    (error) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});

/** @param {Uint8Array} bytes @param {number} maxPages @param {number} maxChars */
async function pdfText(bytes, maxPages, maxChars) {
  // No eval (fonts are never rendered here anyway) and errors only in the log.
  const pdf = await getDocumentProxy(bytes, { isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const pages = [];
    let length = 0;
    const last = Math.min(pdf.numPages, maxPages);
    for (let number = 1; number <= last && length < maxChars; number += 1) {
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

/** @param {Uint8Array} bytes */
async function docxText(bytes) {
  const result = await mammoth.extractRawText({
    buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  });
  return result.value;
}
