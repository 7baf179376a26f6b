import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildIndeedFeed } from "./indeed-feed";
import type { FeedJob } from "./public-queries";

const job = (overrides: Partial<FeedJob>): FeedJob => ({
  id: 7,
  slug: "support-engineer",
  title: "Support Engineer",
  summary: "Help customers <fast> & well.",
  language: "en",
  datePosted: new Date("2026-11-02T09:30:00Z"),
  department: "Support",
  company: "Acme",
  employmentType: "PART_TIME",
  remotePolicy: "REMOTE",
  remoteCountryCodes: [],
  salary: null,
  offices: [],
  sections: [],
  ...overrides,
});

function feedJobs(jobs: FeedJob[]): Record<string, string>[] {
  const xml = buildIndeedFeed({ publisher: null, jobs, appUrl: "https://jobs.example.com", builtAt: new Date(0) });
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ parseTagValue: false, isArray: (name) => name === "job" }).parse(xml).source.job;
}

describe("buildIndeedFeed", () => {
  it("gives a remote job with no office the one country it is open to, and no place when it names several", () => {
    const [one, several] = feedJobs([
      job({ remoteCountryCodes: ["DE"] }),
      job({ id: 8, remoteCountryCodes: ["DE", "FR"] }),
    ]);
    expect(one).toMatchObject({ country: "DE", remotetype: "Fully remote", jobtype: "parttime" });
    expect(one).not.toHaveProperty("city");
    for (const key of ["city", "state", "country", "postalcode"]) expect(several).not.toHaveProperty(key);
  });

  it("describes a job without sections by its summary, escaped as HTML, and writes no empty element", () => {
    const [only] = feedJobs([job({ remotePolicy: "ON_SITE" })]);
    expect(only).toEqual({
      title: "Support Engineer",
      date: "Mon, 02 Nov 2026 09:30:00 GMT",
      referencenumber: "7",
      url: "https://jobs.example.com/jobs/support-engineer?utm_source=indeed&utm_medium=job_feed",
      company: "Acme",
      description: "<p>Help customers &lt;fast&gt; &amp; well.</p>",
      jobtype: "parttime",
      category: "Support",
      language: "en",
    });
  });

  it("says each job's language, as the job states it", () => {
    const [english, german] = feedJobs([job({}), job({ id: 8, language: "de", title: "Supportingenieurin (m/w/d)" })]);
    expect(english?.language).toBe("en");
    expect(german).toMatchObject({ language: "de", title: "Supportingenieurin (m/w/d)" });
  });
});
