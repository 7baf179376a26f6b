// The contact details a merge may copy from one candidate record into another, and which of a
// record's details are its applicant's own (Candidate.mergeFilledFields lists the copied ones).

export const FILLABLE = [
  "preferredName",
  "pronouns",
  "phone",
  "location",
  "linkedinUrl",
  "githubUrl",
  "websiteUrl",
] as const;
export type FillableField = (typeof FILLABLE)[number];

/** The Prisma select of a record's contact details and which of them a merge copied in. */
export const contactDetailsSelect = {
  preferredName: true,
  pronouns: true,
  phone: true,
  location: true,
  linkedinUrl: true,
  githubUrl: true,
  websiteUrl: true,
  mergeFilledFields: true,
} as const satisfies { [F in FillableField | "mergeFilledFields"]: true };

export type ContactDetails = { [F in FillableField]: string | null } & { mergeFilledFields: string[] };

/** A record's own value of a field: null where a merge copied it in from another record. */
export function ownValue(record: ContactDetails, field: FillableField): string | null {
  return record.mergeFilledFields.includes(field) ? null : record[field];
}

/**
 * A record's contact details rebuilt from its own values, each empty one filled from the first of
 * `sources` (in the order given) with an own value for it: what a record keeps when the records
 * it was merged with change (an applicant separated from it).
 */
export function rebuildContactDetails(record: ContactDetails, sources: ContactDetails[]): ContactDetails {
  const rebuilt = { mergeFilledFields: [] as string[] } as ContactDetails;
  for (const field of FILLABLE) {
    const own = ownValue(record, field);
    const filled = own ? null : (sources.map((source) => ownValue(source, field)).find(Boolean) ?? null);
    rebuilt[field] = own ?? filled;
    if (filled) rebuilt.mergeFilledFields.push(field);
  }
  return rebuilt;
}
