import type { RemotePolicy } from "@/lib/generated/prisma/enums";
import { isStorableText } from "@/lib/validations/storable-text";

/** The careers-home view, kept in the URL so it can be shared, bookmarked and used without JS. */
export type JobSearch = {
  q?: string;
  department?: string;
  location?: string;
  remote?: RemotePolicy;
};

// Readable URL values (?remote=on-site) for the enum the database uses.
export const REMOTE_FILTER_VALUES = {
  remote: "REMOTE",
  hybrid: "HYBRID",
  "on-site": "ON_SITE",
} as const satisfies Record<string, RemotePolicy>;

export type RemoteFilterValue = keyof typeof REMOTE_FILTER_VALUES;

const MAX_QUERY_LENGTH = 100;

type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseJobSearch(params: RawSearchParams): JobSearch {
  const remote = first(params.remote);
  return {
    q: first(params.q)?.slice(0, MAX_QUERY_LENGTH),
    department: first(params.department),
    location: first(params.location),
    remote:
      remote && Object.hasOwn(REMOTE_FILTER_VALUES, remote)
        ? REMOTE_FILTER_VALUES[remote as RemoteFilterValue]
        : undefined,
  };
}

export function remoteFilterValue(policy: RemotePolicy | undefined): RemoteFilterValue | undefined {
  const entry = Object.entries(REMOTE_FILTER_VALUES).find(([, value]) => value === policy);
  return entry?.[0] as RemoteFilterValue | undefined;
}

export function hasActiveFilters(search: JobSearch): boolean {
  return Boolean(search.q || search.department || search.location || search.remote);
}

/**
 * Repeated or blank parameters (?q=&q=x) collapse to the first non-blank value. A value no job
 * can match (a NUL, which Postgres refuses in a query, or another control character) is blank.
 */
function first(value: string | string[] | undefined): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => v?.trim()).find((v): v is string => v !== undefined && v !== "" && isStorableText(v));
}
