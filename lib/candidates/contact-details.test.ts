import { describe, expect, it } from "vitest";
import { rebuildContactDetails, type ContactDetails } from "./contact-details";

const details = (values: Partial<ContactDetails>): ContactDetails => ({
  preferredName: null,
  pronouns: null,
  phone: null,
  location: null,
  linkedinUrl: null,
  githubUrl: null,
  websiteUrl: null,
  mergeFilledFields: [],
  ...values,
});

describe("rebuildContactDetails", () => {
  it("keeps the record's own values, drops what a merge copied in, and fills gaps from the sources' own values in order", () => {
    const record = details({
      phone: "+1 212 555 0142",
      githubUrl: "https://github.com/theirs",
      mergeFilledFields: ["githubUrl"],
    });
    const first = details({
      githubUrl: "https://github.com/copied",
      location: "Boston",
      mergeFilledFields: ["githubUrl"],
    });
    const second = details({ githubUrl: "https://github.com/second", location: "Lisbon", phone: "+351 21 000 0000" });
    expect(rebuildContactDetails(record, [first, second])).toEqual(
      details({
        phone: "+1 212 555 0142",
        githubUrl: "https://github.com/second",
        location: "Boston",
        mergeFilledFields: ["location", "githubUrl"],
      }),
    );
  });

  it("with no sources is the record's own details only", () => {
    expect(
      rebuildContactDetails(
        details({ pronouns: "she/her", websiteUrl: "https://x.example", mergeFilledFields: ["websiteUrl"] }),
        [],
      ),
    ).toEqual(details({ pronouns: "she/her" }));
  });
});
