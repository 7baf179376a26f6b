import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/i18n/negotiate-locale";

describe("negotiateLocale", () => {
  it("picks the highest-weighted language we have, by its primary subtag", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(negotiateLocale("de-AT")).toBe("de");
    expect(negotiateLocale("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7")).toBe("de");
    expect(negotiateLocale("en-US,en;q=0.9,de;q=0.8")).toBe("en");
    expect(negotiateLocale("en;q=0.5, de;q=0.6")).toBe("de");
    expect(negotiateLocale("DE")).toBe("de");
  });

  it("keeps the header's order between equal weights", () => {
    expect(negotiateLocale("de, en")).toBe("de");
    expect(negotiateLocale("en, de")).toBe("en");
  });

  it("falls back to English for no header, unknown languages, refusals and nonsense", () => {
    for (const header of [null, undefined, "", "fr, es;q=0.5", "de;q=0", "de;q=2", "de;q=abc", ";;;,,,", "*"])
      expect(negotiateLocale(header), String(header)).toBe("en");
    expect(negotiateLocale("fr, *;q=0.1")).toBe("en");
  });
});
