import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "./sanitize-file-name";

describe("sanitizeFileName", () => {
  it("drops directories of either kind", () => {
    expect(sanitizeFileName("../../etc/passwd.pdf", "resume.pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\ada\\cv.docx", "resume.docx")).toBe("cv.docx");
  });
  it("removes control and bidi-override characters and leading dots", () => {
    expect(sanitizeFileName("re\u0000su\u202Eme.pdf", "resume.pdf")).toBe("resume.pdf");
    expect(sanitizeFileName("...hidden.pdf", "resume.pdf")).toBe("hidden.pdf");
  });
  it("falls back when nothing is left and bounds the length, keeping the extension", () => {
    expect(sanitizeFileName("/", "resume.pdf")).toBe("resume.pdf");
    const long = sanitizeFileName(`${"a".repeat(300)}.pdf`, "resume.pdf");
    expect(long.length).toBe(120);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});
