import { describe, expect, it } from "vitest";
import { normalizePersonName, normalizePhone, normalizeProfileUrl } from "./normalize-identity";

describe("normalizePersonName", () => {
  it("ignores case, accents and spacing", () => {
    expect(normalizePersonName("  José ", "Núñez  García")).toBe("jose nunez garcia");
    expect(normalizePersonName("JOSE", "nunez   garcia")).toBe("jose nunez garcia");
  });

  it("treats hyphens and apostrophes as spaces", () => {
    expect(normalizePersonName("Anne-Marie", "O'Neil")).toBe("anne marie o neil");
  });
});

describe("normalizePhone", () => {
  it("keeps the last nine digits whatever the formatting", () => {
    expect(normalizePhone("+1 (512) 555-0123")).toBe("125550123");
    expect(normalizePhone("512.555.0123")).toBe("125550123");
    expect(normalizePhone("+44 20 7946 0958")).toBe(normalizePhone("020 7946 0958"));
  });

  it("refuses numbers too short to compare", () => {
    expect(normalizePhone("555-0123")).toBeNull();
    expect(normalizePhone(null)).toBeNull();
    expect(normalizePhone("")).toBeNull();
  });
});

describe("normalizeProfileUrl", () => {
  it("compares host and path only", () => {
    expect(normalizeProfileUrl("https://www.LinkedIn.com/in/Ada-Lovelace/?trk=public")).toBe(
      "linkedin.com/in/ada-lovelace",
    );
    expect(normalizeProfileUrl("http://linkedin.com/in/ada-lovelace")).toBe("linkedin.com/in/ada-lovelace");
    expect(normalizeProfileUrl("linkedin.com/in/ada-lovelace#about")).toBe("linkedin.com/in/ada-lovelace");
    expect(normalizeProfileUrl("https://github.com/ada/")).toBe("github.com/ada");
  });

  it("gives nothing for a bare host or garbage", () => {
    expect(normalizeProfileUrl("https://github.com/")).toBeNull();
    expect(normalizeProfileUrl("   ")).toBeNull();
    expect(normalizeProfileUrl("http://")).toBeNull();
  });
});
