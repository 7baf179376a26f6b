// Pay-transparency laws that require a job posting to state its pay range, by US state. Data, not
// code: each entry names its law, where it is written and the day it took effect. Thresholds
// (employer size) and exceptions are the employer's to judge; Trellis asks for the range wherever
// a law could apply. Not listed because their citations could not be confirmed here: the District
// of Columbia and New Jersey.
export type PayTransparencyLaw = {
  countryCode: "US";
  /** The office region (state code) the law covers. */
  region: string;
  jurisdiction: string;
  name: string;
  citation: string;
  /** YYYY-MM-DD, the first day postings had to comply. */
  effectiveOn: string;
};

export const PAY_TRANSPARENCY_LAWS: readonly PayTransparencyLaw[] = [
  {
    countryCode: "US",
    region: "CA",
    jurisdiction: "California",
    name: "Pay scale disclosure (SB 1162)",
    citation: "Cal. Lab. Code § 432.3",
    effectiveOn: "2023-01-01",
  },
  {
    countryCode: "US",
    region: "CO",
    jurisdiction: "Colorado",
    name: "Equal Pay for Equal Work Act",
    citation: "C.R.S. § 8-5-201",
    effectiveOn: "2021-01-01",
  },
  {
    countryCode: "US",
    region: "NY",
    jurisdiction: "New York",
    name: "Pay transparency law",
    citation: "N.Y. Lab. Law § 194-b",
    effectiveOn: "2023-09-17",
  },
  {
    countryCode: "US",
    region: "WA",
    jurisdiction: "Washington",
    name: "Equal Pay and Opportunities Act (SB 5761)",
    citation: "RCW 49.58.110",
    effectiveOn: "2023-01-01",
  },
  {
    countryCode: "US",
    region: "HI",
    jurisdiction: "Hawaii",
    name: "Pay transparency (Act 203, 2023)",
    citation: "Haw. Rev. Stat. § 378-2.4",
    effectiveOn: "2024-01-01",
  },
  {
    countryCode: "US",
    region: "MD",
    jurisdiction: "Maryland",
    name: "Wage Range Transparency Act",
    citation: "Md. Code, Lab. & Empl. § 3-304.2",
    effectiveOn: "2024-10-01",
  },
  {
    countryCode: "US",
    region: "IL",
    jurisdiction: "Illinois",
    name: "Equal Pay Act of 2003, as amended (HB 3129)",
    citation: "820 ILCS 112/10",
    effectiveOn: "2025-01-01",
  },
  {
    countryCode: "US",
    region: "MN",
    jurisdiction: "Minnesota",
    name: "Pay transparency",
    citation: "Minn. Stat. § 181.173",
    effectiveOn: "2025-01-01",
  },
  {
    countryCode: "US",
    region: "VT",
    jurisdiction: "Vermont",
    name: "Pay transparency (Act 155, 2024)",
    citation: "21 V.S.A. § 495o",
    effectiveOn: "2025-07-01",
  },
  {
    countryCode: "US",
    region: "MA",
    jurisdiction: "Massachusetts",
    name: "Frances Perkins Workplace Equity Act",
    citation: "M.G.L. c. 149, § 105F",
    effectiveOn: "2025-10-29",
  },
];

export type JobPlace = {
  remotePolicy: "ON_SITE" | "HYBRID" | "REMOTE";
  remoteCountryCodes: readonly string[];
  offices: readonly { countryCode: string; region: string | null }[];
};

/**
 * The laws in force on `now` for where the job is done: its offices' states, and for a remote
 * job open to people in the United States every state (the work can be done in any of them).
 */
export function payTransparencyLawsFor(job: JobPlace, now: Date): PayTransparencyLaw[] {
  const today = now.toISOString().slice(0, 10);
  const remoteInUs = job.remotePolicy === "REMOTE" && job.remoteCountryCodes.includes("US");
  const regions = new Set(
    job.offices.filter((office) => office.countryCode === "US").map((office) => office.region?.trim().toUpperCase()),
  );
  return PAY_TRANSPARENCY_LAWS.filter((law) => law.effectiveOn <= today && (remoteInUs || regions.has(law.region)));
}
