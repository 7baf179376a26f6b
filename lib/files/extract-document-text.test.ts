import { describe, expect, it, vi } from "vitest";
import { docxFile, minimalDocx, zip } from "@/tests/support/docx";
import { minimalPdf } from "@/tests/support/documents";
import { detectDocumentType } from "./detect-document-type";
import { cleanText, EXTRACTION_LIMITS, extractDocumentText } from "./extract-document-text";
import { declaredUnzippedBytes } from "./zip-entries";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("extractDocumentText", () => {
  it("reads the text of a PDF and leaves the caller's bytes intact", async () => {
    const bytes = minimalPdf("Kernel engineer with eBPF and WebAssembly experience");
    const before = bytes.byteLength;
    expect(await extractDocumentText(bytes, "application/pdf")).toBe("Kernel engineer with eBPF and WebAssembly experience");
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

  it("refuses to inflate a DOCX whose entries claim more than the limit (zip bomb)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const bomb = minimalDocx(["x".repeat(10)]);
    // Rewrite the declared size of the last central directory entry.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const end = bomb.byteLength - 22;
    const directory = view.getUint32(end + 16, true);
    view.setUint32(directory + 24, EXTRACTION_LIMITS.maxDocxUnzippedBytes + 1, true);
    expect(declaredUnzippedBytes(bomb)).toBeGreaterThan(EXTRACTION_LIMITS.maxDocxUnzippedBytes);
    expect(await extractDocumentText(bomb, DOCX)).toBeNull();
    warn.mockRestore();
  });

  it("keeps at most maxChars characters", async () => {
    const long = Array.from({ length: 3000 }, (_, index) => `paragraph ${index} ${"lorem ipsum dolor sit amet ".repeat(3)}`);
    const text = await extractDocumentText(minimalDocx(long), DOCX);
    expect(text?.length).toBe(EXTRACTION_LIMITS.maxChars);
  });
});

describe("cleanText", () => {
  it("drops NUL and control characters Postgres text cannot hold and collapses blanks", () => {
    expect(cleanText("  a\u0000b\t\tc \n\n\n d\u0007 ")).toBe("a b c\nd");
  });
});

describe("declaredUnzippedBytes", () => {
  it("sums the sizes in the central directory, and calls a non-zip unreadable", () => {
    expect(declaredUnzippedBytes(zip({ a: "12345", b: "123" }))).toBe(8);
    expect(declaredUnzippedBytes(new Uint8Array(10))).toBe(Infinity);
  });
});
