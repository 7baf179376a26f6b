// Which rendering of the careers home a request gets (docs/decisions/0022): the unfiltered list
// is a cached page, the same for everyone; a search or filter in the URL is rendered per request.
// No server-only import: proxy.ts uses it.
import { hasActiveFilters, parseJobSearch } from "@/lib/jobs/job-search-params";

export const CAREERS_HOME_PATH = "/";

/**
 * Where proxy.ts sends `/` when the URL holds no search or filter: an ISR page. It sits under a
 * dynamic segment whose only value is "all" so that, like the postings, nothing is rendered at
 * build time (the build has no database, and APP_URL is a runtime setting).
 */
export const CACHED_CAREERS_HOME_SEGMENT = "all";
export const CACHED_CAREERS_HOME_PATH = `/home/${CACHED_CAREERS_HOME_SEGMENT}`;

/** The path to render for this request, when it is not the one asked for. */
export function careersHomeRewrite(pathname: string, searchParams: URLSearchParams): string | null {
  if (pathname !== CAREERS_HOME_PATH) return null;
  const params: Record<string, string[]> = {};
  for (const key of searchParams.keys()) params[key] = searchParams.getAll(key);
  // Blank fields (the form sends all four) and unrelated parameters (utm_…) show the full list.
  return hasActiveFilters(parseJobSearch(params)) ? null : CACHED_CAREERS_HOME_PATH;
}
