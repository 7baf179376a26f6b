import Link from "next/link";
import { Button, buttonStyles } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import {
  hasActiveFilters,
  REMOTE_FILTER_VALUES,
  remoteFilterValue,
  type JobSearch,
} from "@/lib/jobs/job-search-params";
import { REMOTE_POLICY_LABELS } from "@/lib/jobs/labels";

export type JobFilterOptions = { departments: string[]; locations: string[] };

/**
 * A plain GET form: the view lives in the URL, so it works without JavaScript and a filtered
 * list can be bookmarked or shared.
 */
export function JobFilters({ search, options }: { search: JobSearch; options: JobFilterOptions }) {
  return (
    <form
      method="get"
      action="/"
      role="search"
      aria-label="Search open positions"
      className="rounded-lg border border-line bg-surface p-4 shadow-sm sm:p-5"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="job-search-q" label="Search" className="sm:col-span-2 lg:col-span-4">
          <Input
            type="search"
            name="q"
            defaultValue={search.q}
            placeholder="Job title, team or keyword"
            enterKeyHint="search"
          />
        </Field>
        <Field id="job-search-department" label="Department">
          <Select name="department" defaultValue={search.department ?? ""}>
            <option value="">All departments</option>
            {withCurrent(options.departments, search.department).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
        <Field id="job-search-location" label="Location">
          <Select name="location" defaultValue={search.location ?? ""}>
            <option value="">All locations</option>
            {withCurrent(options.locations, search.location).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
        <Field id="job-search-remote" label="Workplace">
          <Select name="remote" defaultValue={remoteFilterValue(search.remote) ?? ""}>
            <option value="">Any workplace</option>
            {Object.entries(REMOTE_FILTER_VALUES).map(([value, policy]) => (
              <option key={value} value={value}>
                {REMOTE_POLICY_LABELS[policy]}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex items-end gap-3">
          <Button type="submit" className="flex-1">
            Search
          </Button>
          {hasActiveFilters(search) && (
            <Link href="/" className={buttonStyles({ variant: "ghost" })}>
              Clear
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}

// A shared link may name a department whose last job has closed: keep it selectable so the
// menu shows the filter that is actually applied.
function withCurrent(values: string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [...values, current] : values;
}
