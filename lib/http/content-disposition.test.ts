import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("attachment", "José Núñez résumé.pdf")).toBe(
      `attachment; filename="Jose Nunez resume.pdf"; filename*=UTF-8''Jos%C3%A9%20N%C3%BA%C3%B1ez%20r%C3%A9sum%C3%A9.pdf`,
    );
  });

  it("cannot be broken out of by quotes, semicolons or line breaks", () => {
    const header = contentDisposition("inline", 'cv"; filename="evil.html\r\nX-Injected: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header.startsWith('inline; filename="cv__ filename=_evil.html__X-Injected: 1.pdf"')).toBe(true);
    expect(header).toContain("filename*=UTF-8''cv%22%3B%20filename%3D%22evil.html%0D%0AX-Injected%3A%201.pdf");
  });

  it("encodes the characters RFC 5987 does not allow bare", () => {
    expect(contentDisposition("attachment", "a'b(c)*.pdf")).toContain("filename*=UTF-8''a%27b%28c%29%2A.pdf");
  });
});
