// The employer of the seed posting, its departments and offices.

export const ORGANIZATION = {
  name: "Cloudflare",
  websiteUrl: "https://www.cloudflare.com",
  boardToken: "cloudflare",
} as const;

export const DEPARTMENT_NAMES = [
  "Emerging Technologies & Incubation",
  "Engineering",
  "Product",
  "Security",
  "Sales",
  "People",
] as const;

export type OfficeSeed = {
  name: string;
  streetAddress: string | null;
  locality: string;
  region: string | null;
  postalCode: string | null;
  countryCode: string;
};

// Only the headquarters address is known (the posting gives it for accommodation requests);
// the other offices carry city and country, and staff add the street in the office settings
// rather than the seed guessing one.
export const OFFICES: readonly OfficeSeed[] = [
  {
    name: "San Francisco",
    streetAddress: "101 Townsend St",
    locality: "San Francisco",
    region: "CA",
    postalCode: "94107",
    countryCode: "US",
  },
  { name: "Austin", streetAddress: null, locality: "Austin", region: "TX", postalCode: null, countryCode: "US" },
  { name: "London", streetAddress: null, locality: "London", region: null, postalCode: null, countryCode: "GB" },
  { name: "Lisbon", streetAddress: null, locality: "Lisbon", region: null, postalCode: null, countryCode: "PT" },
];
