import { describe, expect, it } from "vitest";
import {
  jobLocationName,
  serializeJobSummary,
  serializeJobWithContent,
  serializePayRanges,
  type BoardJob,
} from "./serialize-job";

const sanFrancisco = { id: 3, name: "San Francisco", locality: "San Francisco", region: "CA", countryCode: "US" };
const job: BoardJob = {
  id: 42,
  slug: "runtime-engineer",
  title: "Runtime Engineer",
  updatedAt: new Date("2026-03-01T10:00:00Z"),
  publishedAt: new Date("2026-02-01T09:00:00Z"),
  remotePolicy: "HYBRID",
  remoteCountryCodes: [],
  department: { id: 5, name: "Emerging Technologies & Incubation" },
  offices: [sanFrancisco],
  sections: [
    { heading: "About the team", bodyMarkdown: "We build **the runtime** & more." },
    { heading: null, bodyMarkdown: "<script>alert(1)</script> Apply!" },
  ],
};

describe("serializeJob", () => {
  it("gives Greenhouse's job fields with numeric ids, ISO dates and the posting URL", () => {
    expect(serializeJobSummary(job, "https://careers.example.com")).toEqual({
      id: 42,
      internal_job_id: 42,
      title: "Runtime Engineer",
      updated_at: "2026-03-01T10:00:00.000Z",
      requisition_id: null,
      location: { name: "San Francisco, CA, United States (hybrid)" },
      absolute_url: "https://careers.example.com/jobs/runtime-engineer",
      metadata: null,
      first_published: "2026-02-01T09:00:00.000Z",
    });
  });

  it("sends the posting as entity-encoded HTML, with departments and offices", () => {
    const withContent = serializeJobWithContent(job, "https://careers.example.com");
    expect(withContent.content).toContain("&lt;h2&gt;About the team&lt;/h2&gt;");
    expect(withContent.content).toContain(
      "&lt;p&gt;We build &lt;strong&gt;the runtime&lt;/strong&gt; &amp;#x26; more.&lt;/p&gt;",
    );
    // Raw HTML in Markdown never reaches the output, even encoded.
    expect(withContent.content).not.toContain("script");
    expect(withContent.departments).toEqual([
      { id: 5, name: "Emerging Technologies & Incubation", parent_id: null, child_ids: [] },
    ]);
    expect(withContent.offices).toEqual([
      { id: 3, name: "San Francisco", location: "San Francisco, CA, United States", parent_id: null, child_ids: [] },
    ]);
  });

  it("names the location for remote, hybrid and on-site jobs", () => {
    expect(jobLocationName({ remotePolicy: "REMOTE", remoteCountryCodes: ["US", "CA"], offices: [] })).toBe(
      "Remote (United States, Canada)",
    );
    expect(jobLocationName({ remotePolicy: "REMOTE", remoteCountryCodes: [], offices: [sanFrancisco] })).toBe(
      "Remote or San Francisco, CA, United States",
    );
    expect(jobLocationName({ remotePolicy: "ON_SITE", remoteCountryCodes: [], offices: [sanFrancisco] })).toBe(
      "San Francisco, CA, United States",
    );
  });

  it("gives pay ranges in cents when the job has a salary", () => {
    expect(serializePayRanges({ min: 150000, max: 200000, currency: "USD", unit: "YEAR" })).toEqual([
      {
        min_cents: 15000000,
        max_cents: 20000000,
        currency_type: "USD",
        title: "Salary",
        blurb: "$150,000 – $200,000 per year",
      },
    ]);
    expect(serializePayRanges({ min: null, max: null, currency: null, unit: null })).toEqual([]);
  });
});
