import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRemotePolicyLabels } from "@/components/careers/use-job-labels";
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
import { localizedPath } from "@/i18n/locale-paths";
import type { Locale } from "@/i18n/locales";

export type JobFilterOptions = { departments: string[]; locations: string[] };

/**
 * A plain GET form: the view lives in the URL, so it works without JavaScript and a filtered
 * list can be bookmarked or shared.
 */
export function JobFilters({ search, options }: { search: JobSearch; options: JobFilterOptions }) {
  const t = useTranslations("careers.search");
  const home = localizedPath(useLocale() as Locale, "/");
  const remotePolicyLabels = useRemotePolicyLabels();
  return (
    <form
      method="get"
      action={home}
      role="search"
      aria-label={t("label")}
      className="rounded-lg border border-line bg-surface p-4 shadow-sm sm:p-5"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="job-search-q" label={t("query")} className="sm:col-span-2 lg:col-span-4">
          <Input
            type="search"
            name="q"
            defaultValue={search.q}
            placeholder={t("queryPlaceholder")}
            enterKeyHint="search"
          />
        </Field>
        <Field id="job-search-department" label={t("department")}>
          <Select name="department" defaultValue={search.department ?? ""}>
            <option value="">{t("allDepartments")}</option>
            {withCurrent(options.departments, search.department).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
        <Field id="job-search-location" label={t("location")}>
          <Select name="location" defaultValue={search.location ?? ""}>
            <option value="">{t("allLocations")}</option>
            {withCurrent(options.locations, search.location).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
        <Field id="job-search-remote" label={t("workplace")}>
          <Select name="remote" defaultValue={remoteFilterValue(search.remote) ?? ""}>
            <option value="">{t("anyWorkplace")}</option>
            {Object.entries(REMOTE_FILTER_VALUES).map(([value, policy]) => (
              <option key={value} value={value}>
                {remotePolicyLabels[policy]}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex items-end gap-3">
          <Button type="submit" className="flex-1">
            {t("submit")}
          </Button>
          {hasActiveFilters(search) && (
            <Link href={home} className={buttonStyles({ variant: "ghost" })}>
              {t("clear")}
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
