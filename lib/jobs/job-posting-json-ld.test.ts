import { describe, expect, it } from "vitest";
import { buildJobPostingJsonLd, serializeJsonLd } from "./job-posting-json-ld";
import type { JobPosting } from "./public-queries";
import { postingDescriptionHtml, renderPostingSections } from "./posting-sections";

const sanFrancisco = {
  name: "San Francisco",
  streetAddress: "101 Townsend St.",
  locality: "San Francisco",
  region: "CA",
  postalCode: "94107",
  countryCode: "US",
};

function makeJob(overrides: Partial<JobPosting> = {}): JobPosting {
  return {
    id: 42,
    slug: "senior-systems-engineer",
    title: "Senior Systems Engineer",
    summary: "Build the runtime.",
    isOpen: true,
    language: "en",
    department: "Engineering",
    employmentType: "FULL_TIME",
    remotePolicy: "HYBRID",
    remoteCountryCodes: [],
    salary: null,
    datePosted: new Date("2026-03-01T09:00:00Z"),
    validThrough: new Date("2026-06-30T23:59:59Z"),
    closedAt: null,
    updatedAt: new Date("2026-03-01T09:00:00Z"),
    organization: { name: "Example Corp", websiteUrl: "https://example.com", logoUrl: null },
    offices: [sanFrancisco],
    sections: [],
    ...overrides,
  };
}

const url = "https://careers.example.com/jobs/senior-systems-engineer";

describe("buildJobPostingJsonLd", () => {
  it("describes an office job completely", () => {
    const ld = buildJobPostingJsonLd({ job: makeJob(), descriptionHtml: "<p>x</p>", url });
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Senior Systems Engineer",
      description: "<p>x</p>",
      inLanguage: "en",
      url,
      identifier: { "@type": "PropertyValue", name: "Example Corp", value: "42" },
      datePosted: "2026-03-01T09:00:00.000Z",
      validThrough: "2026-06-30T23:59:59.000Z",
      employmentType: "FULL_TIME",
      hiringOrganization: { "@type": "Organization", name: "Example Corp", sameAs: "https://example.com" },
      jobLocation: [
        {
          "@type": "Place",
          address: {
            "@type": "PostalAddress",
            streetAddress: "101 Townsend St.",
            addressLocality: "San Francisco",
            addressRegion: "CA",
            postalCode: "94107",
            addressCountry: "US",
          },
        },
      ],
      directApply: true,
    });
  });

  it("says the language the job is written in, whatever the page's", () => {
    const ld = buildJobPostingJsonLd({ job: makeJob({ language: "de" }), descriptionHtml: "<p>x</p>", url });
    expect(ld.inLanguage).toBe("de");
  });

  it("describes a remote job by applicant countries, with TELECOMMUTE and no office", () => {
    const job = makeJob({ remotePolicy: "REMOTE", remoteCountryCodes: ["US", "CA"], validThrough: null });
    const ld = buildJobPostingJsonLd({ job, descriptionHtml: "", url });
    expect(ld.jobLocationType).toBe("TELECOMMUTE");
    expect(ld.applicantLocationRequirements).toEqual([
      { "@type": "Country", name: "US" },
      { "@type": "Country", name: "CA" },
    ]);
    expect(ld).not.toHaveProperty("jobLocation");
    expect(ld).not.toHaveProperty("validThrough");
  });

  it("falls back to offices for a remote job without countries", () => {
    const ld = buildJobPostingJsonLd({ job: makeJob({ remotePolicy: "REMOTE" }), descriptionHtml: "", url });
    expect(ld.jobLocationType).toBe("TELECOMMUTE");
    expect(ld.jobLocation).toHaveLength(1);
  });

  it("adds a salary range, a single amount, and a logo only when known", () => {
    const ranged = makeJob({
      salary: { min: 180000, max: 240000, currency: "USD", unit: "YEAR" },
      organization: {
        name: "Example Corp",
        websiteUrl: "https://example.com",
        logoUrl: "https://example.com/logo.png",
      },
    });
    const ld = buildJobPostingJsonLd({ job: ranged, descriptionHtml: "", url });
    expect(ld.baseSalary).toEqual({
      "@type": "MonetaryAmount",
      currency: "USD",
      value: { "@type": "QuantitativeValue", minValue: 180000, maxValue: 240000, unitText: "YEAR" },
    });
    expect(ld.hiringOrganization.logo).toBe("https://example.com/logo.png");

    const hourly = makeJob({ salary: { min: null, max: 60, currency: "EUR", unit: "HOUR" } });
    expect(buildJobPostingJsonLd({ job: hourly, descriptionHtml: "", url }).baseSalary?.value).toEqual({
      "@type": "QuantitativeValue",
      value: 60,
      unitText: "HOUR",
    });
    expect(buildJobPostingJsonLd({ job: makeJob(), descriptionHtml: "", url })).not.toHaveProperty("baseSalary");
  });

  it("uses every section, headings included, as the description", () => {
    const sections = renderPostingSections([
      { heading: null, bodyMarkdown: "Intro **text**." },
      { heading: "What you <will> do", bodyMarkdown: "- build\n- ship" },
    ]);
    const html = postingDescriptionHtml(sections);
    expect(html).toContain("<p>Intro <strong>text</strong>.</p>");
    expect(html).toContain("<h2>What you &lt;will&gt; do</h2>");
    expect(html).toContain("<li>build</li>");
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element it is embedded in", () => {
    const json = serializeJsonLd({ title: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ title: "</script><script>alert(1)</script>" });
  });
});
