import { describe, expect, it } from "vitest";
import { candidateEmailText } from "@/lib/email/candidate-email-text";
import {
  accommodationRequestSavedEmail,
  erasureRequestedEmail,
  statusLinkEmail,
  statusLinkReplacedEmail,
  withdrawalConfirmedEmail,
} from "./candidate-rights";

const common = {
  firstName: "<b>Ada</b>",
  jobTitle: "Systems & Runtime",
  organizationName: "Acme",
  reference: "TRL-AAAA-BBBB",
  statusUrl: "https://careers.example/applications/status/tok?x=1&y=2",
  ...(await candidateEmailText("en")),
};

describe("candidate-rights emails", () => {
  it("escape what the candidate typed and carry the same link in both parts", () => {
    const email = statusLinkEmail(common);
    expect(email.html).toContain("&lt;b&gt;Ada&lt;/b&gt;");
    expect(email.html).toContain("Systems &amp; Runtime");
    expect(email.html).toContain('href="https://careers.example/applications/status/tok?x=1&amp;y=2"');
    expect(email.text).toContain(common.statusUrl);
    expect(email.text).toContain("Earlier links to this application no longer work");
  });

  it("say what was done, and only the candidate's own reason", () => {
    expect(withdrawalConfirmedEmail({ ...common, reasonLabel: "Accepted another offer" }).text).toContain(
      "The reason you gave: Accepted another offer.",
    );
    expect(withdrawalConfirmedEmail({ ...common, reasonLabel: null }).text).not.toContain("The reason you gave");
    expect(erasureRequestedEmail({ ...common, deadlineDays: 30 }).text).toMatch(/Within 30 days[\s\S]*legal hold/);
    const accommodation = accommodationRequestSavedEmail({
      ...common,
      created: false,
      kindLabels: ["Specialized equipment"],
      contactLabel: "Phone",
    });
    expect(accommodation.subject).toContain("updated");
    expect(accommodation.text).toContain("contact you by phone");
  });

  it("tell a candidate whose link a merge replaced that the old one stopped, and nothing about anyone else", () => {
    const email = statusLinkReplacedEmail(common);
    expect(email.text).toContain(common.statusUrl);
    expect(email.text).toContain("The link we sent you before no longer works");
    expect(email.text).not.toMatch(/merge|duplicate|another (person|candidate)/i);
  });

  it("speak the application's language: German words, the same names and link", async () => {
    const german = { ...common, ...(await candidateEmailText("de")) };
    const email = withdrawalConfirmedEmail({ ...german, reasonLabel: null });
    expect(email.subject).toBe("Sie haben Ihre Bewerbung zurückgezogen: Systems & Runtime");
    expect(email.text).toMatch(/^Hallo <b>Ada<\/b>,/);
    expect(email.html).toContain("&lt;b&gt;Ada&lt;/b&gt;");
    expect(email.text).toContain(common.statusUrl);
    expect(email.text).toContain("Ihr Recruiting-Team von Acme");
    const accommodation = accommodationRequestSavedEmail({
      ...german,
      created: true,
      kindLabels: [],
      contactLabel: "E-Mail",
    });
    expect(accommodation.text).toContain("per E-Mail");
  });

  it("fall back to English for an application without a known language", async () => {
    expect((await candidateEmailText(null)).locale).toBe("en");
    expect((await candidateEmailText("xx")).locale).toBe("en");
  });
});
