// Hostile uploads against the bounds of reading a document's text: each is refused or given up
// on within its limit of memory and time, the process goes on, and the next document is read.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { minimalPdf } from "@/tests/support/documents";
import { minimalDocx } from "@/tests/support/docx";
import {
  docxWithContentTypesBomb,
  docxWithHugeImage,
  docxZipBombWithLyingSizes,
  pdfWithContentBomb,
  pdfWithDeepNesting,
} from "@/tests/support/hostile-documents";
import { detectDocumentType } from "./detect-document-type";
import { EXTRACTION_LIMITS, extractDocumentText } from "./extract-document-text";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MB = 2 ** 20;

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const warning = () => String(warn.mock.calls.at(-1)?.[0]);

/** What `read` adds to the process's resident memory, at its peak. */
async function memoryGrowth<T>(read: () => Promise<T>): Promise<{ result: T; grownBytes: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    const result = await read();
    return { result, grownBytes: Math.max(peak, process.memoryUsage.rss()) - before };
  } finally {
    clearInterval(sample);
  }
}

/** The parsers' thread is started once per process (~50 MB): started here, it is not counted as growth. */
beforeEach(async () => {
  expect(await extractDocumentText(minimalPdf("Warm up"), "application/pdf")).toBe("Warm up");
});

describe("a DOCX", () => {
  it("whose headers lie about its size (a 1 GB zip bomb) is refused once its output passes what they state", async () => {
    const { result, grownBytes } = await memoryGrowth(() =>
      extractDocumentText(docxZipBombWithLyingSizes(1024 * MB), DOCX),
    );
    expect(result).toBeNull();
    expect(warning()).toContain("word/document.xml does not inflate to its declared 1024 bytes");
    expect(grownBytes).toBeLessThan(64 * MB);
  });

  it("holding a 512 MB picture has its text read, and the picture is never inflated, whatever size it states", async () => {
    for (const declaredSize of [512 * MB, 1000]) {
      const { result, grownBytes } = await memoryGrowth(() =>
        extractDocumentText(docxWithHugeImage(["Ada Lovelace", "Analytical engines"], 512 * MB, declaredSize), DOCX),
      );
      expect(result).toBe("Ada Lovelace\nAnalytical engines");
      expect(grownBytes).toBeLessThan(64 * MB);
    }
  });

  it("whose [Content_Types].xml is a zip bomb is refused by the upload check, which inflates no more than its cap", async () => {
    const { result, grownBytes } = await memoryGrowth(() => detectDocumentType(docxWithContentTypesBomb(1024 * MB)));
    expect(result).toBeNull();
    expect(grownBytes).toBeLessThan(64 * MB);
    // A real one still passes.
    expect(await detectDocumentType(minimalDocx())).toBe(DOCX);
  });

  it("whose text needs more heap than the parsers' thread has ends that thread alone; the next document gets a fresh one", async () => {
    const smallHeap = { ...EXTRACTION_LIMITS, maxHeapMb: 32 };
    expect(await extractDocumentText(minimalDocx(["Fits"]), DOCX, smallHeap)).toBe("Fits");
    // About 4 MB of XML: mammoth needs some 60 MB of heap for it.
    const long = Array.from(
      { length: 14_000 },
      (_, index) => `paragraph ${index} ${"lorem ipsum dolor sit amet ".repeat(10)}`,
    );
    expect(await extractDocumentText(minimalDocx(long), DOCX, smallHeap)).toBeNull();
    expect(warning()).toContain("Worker terminated due to reaching memory limit");
    expect(await extractDocumentText(minimalDocx(["Read after"]), DOCX)).toBe("Read after");
  }, 60_000);
});

describe("a PDF", () => {
  it("nested 200,000 arrays and dictionaries deep is given up on, and the next one read", async () => {
    expect(await extractDocumentText(pdfWithDeepNesting(200_000), "application/pdf")).toBeNull();
    expect(await extractDocumentText(minimalPdf("Read after nesting"), "application/pdf")).toBe("Read after nesting");
  }, 60_000);

  it("whose page inflates to 1 GB is stopped when the process's memory grows past the limit, and the next one read", async () => {
    const limits = { ...EXTRACTION_LIMITS, maxMemoryGrowthBytes: 128 * MB, timeoutMs: 60_000 };
    const { result, grownBytes } = await memoryGrowth(() =>
      extractDocumentText(pdfWithContentBomb(1024 * MB), "application/pdf", limits),
    );
    expect(result).toBeNull();
    expect(warning()).toMatch(/used \d+ MB of memory/);
    // The limit, plus what the thread may allocate between two checks and its own heap's share.
    expect(grownBytes).toBeLessThan(limits.maxMemoryGrowthBytes + 128 * MB);
    expect(await extractDocumentText(minimalPdf("Read after the bomb"), "application/pdf")).toBe("Read after the bomb");
  }, 60_000);

  it("that takes longer than the time limit is stopped then, and the next one read", async () => {
    // No wall-clock assertion (a busy machine makes any bound flaky): the warning says the
    // timer, not the parser, ended it, which only works because the parser runs in another thread.
    expect(
      await extractDocumentText(pdfWithContentBomb(1024 * MB), "application/pdf", {
        ...EXTRACTION_LIMITS,
        timeoutMs: 1_000,
      }),
    ).toBeNull();
    expect(warning()).toContain("timed out after 1000 ms");
    expect(await extractDocumentText(minimalPdf("Read after the timeout"), "application/pdf")).toBe(
      "Read after the timeout",
    );
  }, 60_000);
});
