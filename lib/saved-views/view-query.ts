// A saved view stores the table's URL query. The table itself forgives what it cannot read (a
// value that does not parse falls back to its default), but a saved view must mean exactly what
// its owner saw: every key and value has to be one the view schema reads, or the view is refused.
import {
  applicationsViewQuery,
  applicationsViewSchema,
  parseApplicationsView,
  type ApplicationsView,
} from "@/lib/applications-table/view-schema";
import { SAVED_VIEW_QUERY_MAX_LENGTH } from "./schema";

export type SavedViewQuery = { ok: true; query: string; view: ApplicationsView } | { ok: false; message: string };

const VIEW_KEYS = new Set(Object.keys(applicationsViewSchema.shape));
const DEFAULT_VIEW: Record<string, unknown> = parseApplicationsView({});

const refused = (message: string): SavedViewQuery => ({ ok: false, message });

/**
 * The query in its canonical form (defaults left out, the page back to 1), or why it is refused.
 * `perJob`: a job's table, whose job is in its path and never in its query.
 */
export function readSavedViewQuery(query: string, { perJob }: { perJob: boolean }): SavedViewQuery {
  const text = query.startsWith("?") ? query.slice(1) : query;
  if (text.length > SAVED_VIEW_QUERY_MAX_LENGTH) return refused("This view is too long to save.");
  const params = new URLSearchParams(text);
  for (const key of new Set(params.keys())) {
    if (!VIEW_KEYS.has(key)) return refused(`“${key}” is not a filter of the applications table.`);
    if (perJob && key === "jobId") return refused("A job's table has its job in its address, not in the view.");
    const values = params.getAll(key).filter((value) => value.trim() !== "");
    if (values.length > 0 && !readsEvery(key, values))
      return refused(`The “${key}” filter has a value the table cannot read.`);
  }
  const view = parseApplicationsView(params);
  return {
    ok: true,
    query: applicationsViewQuery(perJob ? { ...view, jobId: undefined } : view, { page: 1 }).replace(/^\?/, ""),
    view,
  };
}

/** True when the view schema reads each value as given instead of dropping it or falling back. */
function readsEvery(key: string, values: string[]): boolean {
  const fallback = DEFAULT_VIEW[key];
  const parsed = (parseApplicationsView({ [key]: values }) as Record<string, unknown>)[key];
  if (Array.isArray(fallback)) return Array.isArray(parsed) && parsed.length === values.length;
  if (values.length > 1 || parsed === undefined) return false;
  // A value equal to the default is fine only when it was written as the default.
  return parsed !== fallback || values[0]!.trim() === String(fallback);
}
