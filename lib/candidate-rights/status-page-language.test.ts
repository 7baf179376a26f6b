import { describe, expect, it } from "vitest";
import { statusPageLanguage } from "./status-page-language";

describe("statusPageLanguage", () => {
  it("follows the candidate's choice first, then their browser, then the language they applied in", () => {
    expect(statusPageLanguage({ cookie: "en", acceptLanguage: "de-DE", applied: "de" })).toBe("en");
    expect(statusPageLanguage({ cookie: undefined, acceptLanguage: "de-AT,en;q=0.5", applied: "en" })).toBe("de");
    expect(statusPageLanguage({ cookie: undefined, acceptLanguage: "en-US", applied: "de" })).toBe("en");
    expect(statusPageLanguage({ cookie: undefined, acceptLanguage: null, applied: "de" })).toBe("de");
  });

  it("takes the applied language when the browser asks only for languages we do not have", () => {
    expect(statusPageLanguage({ cookie: undefined, acceptLanguage: "fr-FR,*;q=0.1", applied: "de" })).toBe("de");
    expect(statusPageLanguage({ cookie: undefined, acceptLanguage: "fr, de;q=0", applied: "en" })).toBe("en");
  });

  it("ignores a cookie or recorded value that is no language of ours", () => {
    expect(statusPageLanguage({ cookie: "xx", acceptLanguage: null, applied: "tlh" })).toBe("en");
    expect(statusPageLanguage({ cookie: "__proto__", acceptLanguage: null, applied: null })).toBe("en");
  });
});
