import { describe, expect, it } from "vitest";
import { emailTextFor, templateVersionFor } from "./template-version";

const template = {
  subject: "About {{job.title}}",
  body: "Dear {{candidate.firstName}}",
  translations: [{ language: "de", subject: "Zu {{job.title}}", body: "Hallo {{candidate.firstName}}" }],
};
const english = { subject: template.subject, body: template.body };
const german = { subject: "Zu {{job.title}}", body: "Hallo {{candidate.firstName}}" };

describe("templateVersionFor", () => {
  it("picks the translation in the locale, else the text as written", () => {
    expect(templateVersionFor(template, "de")).toEqual({ ...german, language: "de" });
    expect(templateVersionFor(template, "en")).toEqual({ ...english, language: "en" });
    expect(templateVersionFor({ ...template, translations: [] }, "de")).toEqual({ ...english, language: "en" });
  });
});

describe("emailTextFor", () => {
  it("sends each language its version while the text is one of the template's versions", () => {
    expect(emailTextFor({ written: english, template, locale: "de" })).toEqual({ ...german, language: "de" });
    // The dialog showed a German applicant the German version: an English one still gets English.
    expect(emailTextFor({ written: german, template, locale: "en" })).toEqual({ ...english, language: "en" });
    expect(emailTextFor({ written: { ...english, body: `${english.body}\r\n` }, template, locale: "de" })).toEqual({
      ...german,
      language: "de",
    });
  });

  it("sends edited text, or text without a template, as written", () => {
    const edited = { ...english, body: "Dear {{candidate.firstName}}, a note" };
    // Staff's own words: no one recorded their language.
    expect(emailTextFor({ written: edited, template, locale: "de" })).toEqual({ ...edited, language: null });
    expect(emailTextFor({ written: english, template: null, locale: "de" })).toEqual({ ...english, language: null });
  });
});
