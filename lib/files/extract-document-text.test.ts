import { describe, expect, it, vi } from "vitest";
import { docxFile, minimalDocx, zip } from "@/tests/support/docx";
import { minimalPdf } from "@/tests/support/documents";
import { detectDocumentType } from "./detect-document-type";
import { cleanText, EXTRACTION_LIMITS, extractDocumentText } from "./extract-document-text";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("extractDocumentText", () => {
  it("reads the text of a PDF and leaves the caller's bytes intact", async () => {
    const bytes = minimalPdf("Kernel engineer with eBPF and WebAssembly experience");
    const before = bytes.byteLength;
    expect(await extractDocumentText(bytes, "application/pdf")).toBe(
      "Kernel engineer with eBPF and WebAssembly experience",
    );
    expect(bytes.byteLength).toBe(before);
  });

  it("reads the text of a DOCX, one line per paragraph", async () => {
    const bytes = minimalDocx(["Ada Lovelace", "Analytical engines & <compilers>"]);
    expect(await detectDocumentType(bytes)).toBe(DOCX);
    expect(await extractDocumentText(bytes, DOCX)).toBe("Ada Lovelace\nAnalytical engines & <compilers>");
    expect(docxFile().size).toBeGreaterThan(0);
  });

  it("returns null, without throwing, for a document it cannot read", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const broken = new TextEncoder().encode("%PDF-1.4\nthis is not really a pdf");
    expect(await extractDocumentText(broken, "application/pdf")).toBeNull();
    expect(await extractDocumentText(zip({ "word/document.xml": "<not-docx" }), DOCX)).toBeNull();
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls[0]?.[0])).not.toContain("this is not really");
    warn.mockRestore();
  });

  it("refuses a DOCX whose text parts would unzip past the limit, by their headers, inflating nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const long = Array.from({ length: 200 }, (_, index) => `paragraph ${index} ${"lorem ipsum ".repeat(20)}`);
    expect(
      await extractDocumentText(minimalDocx(long), DOCX, { ...EXTRACTION_LIMITS, maxDocxXmlBytes: 10_000 }),
    ).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/would unzip to \d+ bytes/);
    warn.mockRestore();
  });

  it("keeps at most maxChars characters", async () => {
    const long = Array.from(
      { length: 3000 },
      (_, index) => `paragraph ${index} ${"lorem ipsum dolor sit amet ".repeat(3)}`,
    );
    const text = await extractDocumentText(minimalDocx(long), DOCX);
    expect(text?.length).toBe(EXTRACTION_LIMITS.maxChars);
  });
});

describe("cleanText", () => {
  it("drops NUL and control characters Postgres text cannot hold and collapses blanks", () => {
    expect(cleanText("  a\u0000b\t\tc \n\n\n d\u0007 ")).toBe("a b c\nd");
  });
});
