import { describe, expect, it } from "vitest";
import { DEFAULT_OFFER_LETTER, renderLetter, unknownLetterFields } from "./letter";

const data = {
  candidate: { firstName: "Ada", lastName: "Lovelace", preferredName: null },
  job: { title: "Senior Systems Engineer" },
  organization: { name: "Example Co" },
  offer: {
    baseAmount: 185000,
    currency: "USD",
    payPeriod: "YEAR" as const,
    bonus: null,
    equity: "1,000 RSUs",
    startDate: new Date("2027-03-01T00:00:00Z"),
    workLocation: "Austin, TX",
    employmentType: "FULL_TIME" as const,
    expiresOn: new Date("2027-02-15T00:00:00Z"),
  },
};

describe("offer letter", () => {
  it("fills every field of the default letter", () => {
    const text = renderLetter(DEFAULT_OFFER_LETTER, data, null).join("\n\n");
    expect(text).toContain("Base pay: USD 185,000 per year");
    expect(text).toContain("Start date: March 1, 2027");
    expect(text).toContain("Bonus: None");
    expect(text).not.toContain("{{");
    expect(unknownLetterFields(DEFAULT_OFFER_LETTER)).toEqual([]);
  });

  it("puts the conditional clause last, whatever the template says", () => {
    const paragraphs = renderLetter("Dear {{candidate.firstName}},", data, "Conditional on a licence.");
    expect(paragraphs).toEqual(["Dear Ada,", "Conditional on a licence."]);
  });

  it("names unknown fields", () => {
    expect(unknownLetterFields("{{offer.salary}} {{ job.title }}")).toEqual(["offer.salary"]);
  });
});
