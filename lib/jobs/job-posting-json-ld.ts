import type { EmploymentType } from "@/lib/generated/prisma/enums";
import type { JobPosting, OfficeAddress } from "@/lib/jobs/public-queries";

// schema.org JobPosting as Google for Jobs reads it:
// https://developers.google.com/search/docs/appearance/structured-data/job-posting

const SCHEMA_EMPLOYMENT_TYPES: Record<EmploymentType, string> = {
  FULL_TIME: "FULL_TIME",
  PART_TIME: "PART_TIME",
  CONTRACTOR: "CONTRACTOR",
  TEMPORARY: "TEMPORARY",
  INTERN: "INTERN",
};

export type JobPostingJsonLdInput = {
  job: JobPosting;
  /** Sanitized HTML of every section, in order: Google requires the full description. */
  descriptionHtml: string;
  /** Absolute canonical URL of the posting page. */
  url: string;
};

export function buildJobPostingJsonLd({ job, descriptionHtml, url }: JobPostingJsonLdInput) {
  const remote = job.remotePolicy === "REMOTE";
  const remoteCountries = remote ? job.remoteCountryCodes : [];
  // A fully remote job is described by where applicants may live; offices are listed only when
  // people work from them, or when a remote job names no country (Google needs one or the other).
  const listOffices = !remote || remoteCountries.length === 0;
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: descriptionHtml,
    // The language of the posting's text (BCP 47). schema.org has no language property on
    // JobPosting (an Intangible); inLanguage is the vocabulary's language property (CreativeWork,
    // Event), which readers that do not expect it here ignore (docs/decisions/0042).
    inLanguage: job.language,
    url,
    identifier: { "@type": "PropertyValue", name: job.organization.name, value: String(job.id) },
    datePosted: job.datePosted.toISOString(),
    ...(job.validThrough && { validThrough: job.validThrough.toISOString() }),
    employmentType: SCHEMA_EMPLOYMENT_TYPES[job.employmentType],
    hiringOrganization: {
      "@type": "Organization",
      name: job.organization.name,
      sameAs: job.organization.websiteUrl,
      ...(job.organization.logoUrl && { logo: job.organization.logoUrl }),
    },
    ...(listOffices && job.offices.length > 0 && { jobLocation: job.offices.map(place) }),
    ...(remote && { jobLocationType: "TELECOMMUTE" }),
    ...(remoteCountries.length > 0 && {
      applicantLocationRequirements: remoteCountries.map((code) => ({ "@type": "Country", name: code })),
    }),
    ...(job.salary && { baseSalary: baseSalary(job.salary) }),
    directApply: true,
  };
}

function place(office: OfficeAddress) {
  return {
    "@type": "Place",
    address: {
      "@type": "PostalAddress",
      ...(office.streetAddress && { streetAddress: office.streetAddress }),
      addressLocality: office.locality,
      ...(office.region && { addressRegion: office.region }),
      ...(office.postalCode && { postalCode: office.postalCode }),
      addressCountry: office.countryCode,
    },
  };
}

function baseSalary(salary: NonNullable<JobPosting["salary"]>) {
  const { min, max } = salary;
  const range = min !== null && max !== null && min !== max ? { minValue: min, maxValue: max } : { value: min ?? max };
  return {
    "@type": "MonetaryAmount",
    currency: salary.currency,
    value: { "@type": "QuantitativeValue", ...range, unitText: salary.unit },
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so text such as "</script>"
 * in a title cannot end the script element, and U+2028/U+2029 for older JSON-in-JS parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
