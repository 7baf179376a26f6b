// The applications table's view (filters, search, sort, page) lives in the URL, so a view can be
// shared, bookmarked, reloaded and used without JavaScript. This schema reads it; a value that
// does not parse falls back to its default instead of failing the page.
import { z } from "zod";
import { isoDay } from "@/lib/format/dates";
import { ApplicationSource, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const SORT_FIELDS = ["appliedAt", "name", "stage", "lastActivity"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = "asc" | "desc";

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 200;
// Offsets past this are slow and no person pages that far: narrow the view instead.
export const MAX_PAGE = 2_000;

/** Readable URL values for enums: CAREERS_SITE <-> careers-site. */
export const toUrlValue = (value: string) => value.toLowerCase().replace(/_/g, "-");
const fromUrlValue = (value: unknown) =>
  typeof value === "string" ? value.trim().toUpperCase().replace(/-/g, "_") : value;

const list = <T extends z.ZodType>(item: T, max = 50) =>
  z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    // Unreadable entries are dropped one by one: ?stage=3&stage=x still filters by stage 3.
    z.array(z.unknown()).transform((values) =>
      values
        .flatMap((value) => {
          const parsed = item.safeParse(value);
          return parsed.success ? [parsed.data as z.output<T>] : [];
        })
        .slice(0, max),
    ),
  );

const id = z.coerce.number().int().positive().max(2_147_483_647);
// Text Postgres cannot hold (a NUL) could match nothing: it is no filter, like any unreadable value.
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(...storableTextCheck())
    .transform((value) => value || undefined);
const isoDate = z.iso.date().transform((value) => new Date(`${value}T00:00:00.000Z`));

export const applicationsViewSchema = z.object({
  /** One job's applications; absent: every job the viewer may see. */
  jobId: id.optional().catch(undefined),
  /** Stage ids (one job's stages). */
  stage: list(id),
  /** Stage names, for the view across jobs, whose stages are per job. */
  stageName: list(
    z
      .string()
      .trim()
      .min(1)
      .max(100)
      .refine(...storableTextCheck()),
  ),
  status: list(z.preprocess(fromUrlValue, z.enum(ApplicationStatus))),
  source: list(z.preprocess(fromUrlValue, z.enum(ApplicationSource))),
  /** Tag ids; an application with any of them matches. */
  tag: list(id),
  /** Answer filter: the question and the answer (option id, YES/NO, number or text). */
  question: id.optional().catch(undefined),
  answer: text(200).optional().catch(undefined),
  /** Applied on or after / on or before these days (UTC, YYYY-MM-DD). */
  appliedFrom: isoDate.optional().catch(undefined),
  appliedTo: isoDate.optional().catch(undefined),
  q: text(MAX_QUERY_LENGTH).optional().catch(undefined),
  sort: z.enum(SORT_FIELDS).catch("appliedAt"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(DEFAULT_PAGE_SIZE),
});

export type ApplicationsView = z.output<typeof applicationsViewSchema>;

type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Next.js `searchParams` (or a URLSearchParams) to a view; never throws. */
export function parseApplicationsView(params: RawSearchParams): ApplicationsView {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.getAll(key)] as const)
      : Object.entries(params);
  const raw: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    // Blank fields of a submitted GET form (?q=&status=) mean "no filter".
    const values = (Array.isArray(value) ? value : [value]).filter(
      (item): item is string => typeof item === "string" && item.trim() !== "",
    );
    if (values.length > 0) raw[key] = LIST_KEYS.has(key) ? values : values[0];
  }
  return applicationsViewSchema.parse(raw);
}

const LIST_KEYS = new Set(["stage", "stageName", "status", "source", "tag"]);

const DEFAULTS: Partial<Record<keyof ApplicationsView, unknown>> = {
  sort: "appliedAt",
  dir: "desc",
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/**
 * The URL query of a view, without its defaults (short, stable links). The per-job page has
 * the job in its path and passes a view without `jobId`.
 */
export function applicationsViewQuery(view: ApplicationsView, changes: Partial<ApplicationsView> = {}): string {
  const next = { ...view, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next) as [keyof ApplicationsView, unknown][]) {
    if (value === undefined || DEFAULTS[key] === value) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(
        key,
        item instanceof Date
          ? isoDay(item)
          : key === "status" || key === "source"
            ? toUrlValue(String(item))
            : String(item),
      );
    }
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function hasActiveFilters(view: ApplicationsView): boolean {
  return Boolean(
    view.stage.length ||
    view.stageName.length ||
    view.status.length ||
    view.source.length ||
    view.tag.length ||
    (view.question && view.answer) ||
    view.appliedFrom ||
    view.appliedTo ||
    view.q,
  );
}
