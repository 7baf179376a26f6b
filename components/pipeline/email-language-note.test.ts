import { describe, expect, it } from "vitest";
import { emailLanguageNote } from "./email-language-note";

const english = { subject: "About {{job.title}}", body: "Dear {{candidate.firstName}}" };
const german = { subject: "Zu {{job.title}}", body: "Hallo {{candidate.firstName}}" };
const withGerman = { ...english, translations: [{ language: "de", ...german }] };
const englishOnly = { ...english, translations: [] };

describe("emailLanguageNote", () => {
  it("says a German candidate gets the German version, or why not", () => {
    expect(emailLanguageNote({ written: german, template: withGerman, recipientLocales: ["de"] })).toBe(
      "Sent in German: this candidate applied in German.",
    );
    expect(emailLanguageNote({ written: english, template: englishOnly, recipientLocales: ["de"] })).toBe(
      "Sent in English: this candidate applied in German, and this template has no German version.",
    );
    expect(
      emailLanguageNote({
        written: { ...german, body: "Hallo, persönlich" },
        template: withGerman,
        recipientLocales: ["de"],
      }),
    ).toMatch(/^Sent as you wrote it: this candidate applied in German/);
  });

  it("says who gets which version in a mixed selection, and nothing when all applied in English", () => {
    expect(emailLanguageNote({ written: english, template: withGerman, recipientLocales: ["en", "de", "de"] })).toBe(
      "2 candidates applied in German: they get this template's German version. Everyone else gets the text shown. If you edit it, everyone gets your text as written.",
    );
    expect(emailLanguageNote({ written: english, template: withGerman, recipientLocales: ["en", "en"] })).toBeNull();
  });
});
