"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent, type MouseEvent } from "react";
import { Button, buttonStyles } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ApplicationsFilterOptions } from "@/lib/applications-table/load-filter-options";
import {
  applicationsViewQuery,
  PAGE_SIZES,
  parseApplicationsView,
  toUrlValue,
  type ApplicationsView,
} from "@/lib/applications-table/view-schema";
import { isoDay } from "@/lib/format/dates";
import { ApplicationSource, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { APPLICATION_SOURCE_LABELS, APPLICATION_STATUS_LABELS } from "@/lib/pipeline/labels";
import { CheckboxGroup } from "./checkbox-group";

type Props = {
  view: ApplicationsView;
  options: ApplicationsFilterOptions;
  /** The page the form submits to (its own path). */
  basePath: string;
  /** Across jobs: offer the job filter. */
  showJobFilter: boolean;
};

/**
 * A plain GET form, so the view lands in the URL and filtering works without JavaScript; with
 * it, the URL is replaced in place (no full reload, no extra history entry per change).
 */
export function ApplicationsFilters({ view, options, basePath, showJobFilter }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The fields keep what was typed across navigations; clearing remounts them empty.
  const [formKey, setFormKey] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  // Open at first when such a filter is set, then left to the reader (a constant prop, so
  // React never closes it under someone unticking the last box).
  const [moreOpen] = useState(() => hasDetailFilters(view));
  useEffect(() => {
    if (formKey > 0) searchRef.current?.focus();
  }, [formKey]);

  const apply = (form: HTMLFormElement) => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value);
    }
    const query = params.toString();
    startTransition(() => router.replace(query ? `${basePath}?${query}` : basePath, { scroll: false }));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  // Choices apply at once; typed text (search, answer, dates) waits for the button or Enter.
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.type === "checkbox" || target.tagName === "SELECT") apply(event.currentTarget);
  };
  const clearHref = `${basePath}${applicationsViewQuery({ ...parseApplicationsView({}), sort: view.sort, dir: view.dir, pageSize: view.pageSize, page: 1 })}`;
  const clear = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    startTransition(() => router.replace(clearHref, { scroll: false }));
    setFormKey((key) => key + 1);
  };

  return (
    <form
      key={formKey}
      method="get"
      action={basePath}
      role="search"
      aria-label="Filter applications"
      onSubmit={onSubmit}
      onChange={onChange}
      className="space-y-4 rounded-lg border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Label htmlFor="applications-q">Search</Label>
          <p id="applications-q-hint" className="text-sm text-ink-muted">
            Names, emails, resume text and notes
          </p>
          <Input
            ref={searchRef}
            id="applications-q"
            name="q"
            type="search"
            defaultValue={view.q ?? ""}
            maxLength={200}
            aria-describedby="applications-q-hint"
            className="mt-1"
          />
        </div>
        {showJobFilter && (
          <div className="min-w-56">
            <Label htmlFor="applications-job">Job</Label>
            <Select
              id="applications-job"
              name="jobId"
              defaultValue={view.jobId ? String(view.jobId) : ""}
              className="mt-1"
            >
              <option value="">All jobs</option>
              {options.jobs.map((job) => (
                <option key={job.id} value={job.id}>
                  {job.title}
                </option>
              ))}
            </Select>
          </div>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? "Updating…" : "Apply filters"}
        </Button>
        <Link href={clearHref} onClick={clear} className={buttonStyles({ variant: "ghost" })}>
          Clear filters
        </Link>
      </div>

      <details className="group" open={moreOpen}>
        <summary className="cursor-pointer font-semibold text-brand">More filters</summary>
        <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {options.job ? (
            <CheckboxGroup
              legend="Stage"
              name="stage"
              options={options.stages.map((stage) => ({ value: String(stage.id), label: stage.name }))}
              checked={view.stage.map(String)}
            />
          ) : (
            <CheckboxGroup
              legend="Stage"
              name="stageName"
              options={options.stageNames.map((name) => ({ value: name, label: name }))}
              checked={view.stageName}
            />
          )}
          <CheckboxGroup
            legend="Status"
            name="status"
            options={Object.values(ApplicationStatus).map((status) => ({
              value: toUrlValue(status),
              label: APPLICATION_STATUS_LABELS[status],
            }))}
            checked={view.status.map(toUrlValue)}
          />
          <CheckboxGroup
            legend="Source"
            name="source"
            options={Object.values(ApplicationSource).map((source) => ({
              value: toUrlValue(source),
              label: APPLICATION_SOURCE_LABELS[source],
            }))}
            checked={view.source.map(toUrlValue)}
          />
          <div className="space-y-4">
            <div>
              <Label htmlFor="applications-tag">Tag</Label>
              <Select
                id="applications-tag"
                name="tag"
                defaultValue={view.tag[0] ? String(view.tag[0]) : ""}
                className="mt-1"
              >
                <option value="">Any tag</option>
                {options.tags.map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {tag.name}
                  </option>
                ))}
              </Select>
            </div>
            <fieldset className="grid grid-cols-2 gap-2">
              <legend className="mb-1 font-medium text-ink">Applied</legend>
              <div>
                <Label htmlFor="applications-from" className="text-sm font-normal">
                  From
                </Label>
                <Input
                  id="applications-from"
                  name="appliedFrom"
                  type="date"
                  defaultValue={view.appliedFrom ? isoDay(view.appliedFrom) : ""}
                />
              </div>
              <div>
                <Label htmlFor="applications-to" className="text-sm font-normal">
                  To
                </Label>
                <Input
                  id="applications-to"
                  name="appliedTo"
                  type="date"
                  defaultValue={view.appliedTo ? isoDay(view.appliedTo) : ""}
                />
              </div>
            </fieldset>
          </div>
          {options.questions.length > 0 && (
            <fieldset className="space-y-2 sm:col-span-2">
              <legend className="mb-1 font-medium text-ink">Answer to a question</legend>
              <div>
                <Label htmlFor="applications-question" className="text-sm font-normal">
                  Question
                </Label>
                <Select
                  id="applications-question"
                  name="question"
                  defaultValue={view.question ? String(view.question) : ""}
                >
                  <option value="">Any question</option>
                  {options.questions.map((question) => (
                    <option key={question.id} value={question.id}>
                      {question.label}
                    </option>
                  ))}
                </Select>
              </div>
              <div>
                <Label htmlFor="applications-answer" className="text-sm font-normal">
                  Answer contains or equals
                </Label>
                <Input
                  id="applications-answer"
                  name="answer"
                  defaultValue={view.answer ?? ""}
                  maxLength={200}
                  list="applications-answer-options"
                />
                <datalist id="applications-answer-options">
                  {[
                    ...new Set(
                      options.questions.flatMap((question) =>
                        question.type === "YES_NO" ? ["Yes", "No"] : question.options.map((option) => option.label),
                      ),
                    ),
                  ].map((label) => (
                    <option key={label} value={label} />
                  ))}
                </datalist>
              </div>
            </fieldset>
          )}
        </div>
      </details>

      <div className="flex flex-wrap items-center gap-3">
        <Label htmlFor="applications-page-size" className="text-sm font-normal">
          Rows per page
        </Label>
        <Select id="applications-page-size" name="pageSize" defaultValue={String(view.pageSize)} className="text-sm">
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
        {/* The sort survives a new filter; the page starts again at 1. */}
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
      </div>
    </form>
  );
}

function hasDetailFilters(view: ApplicationsView): boolean {
  return Boolean(
    view.stage.length ||
    view.stageName.length ||
    view.status.length ||
    view.source.length ||
    view.tag.length ||
    view.question ||
    view.appliedFrom ||
    view.appliedTo,
  );
}
