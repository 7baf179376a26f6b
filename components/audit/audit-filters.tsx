import Link from "next/link";
import { Button, buttonStyles } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { AUDIT_ACTOR_TYPE_LABELS } from "@/lib/audit/labels";
import { AUDIT_ACTOR_TYPES, type AuditFilters } from "@/lib/audit/schema";

// Suggestions only: the field takes any action or the start of one.
const ACTION_SUGGESTIONS = [
  "view.",
  "view.accommodation",
  "view.eligibility",
  "view.eeoReport",
  "report.exported",
  "candidate.exported",
  "applications.exported",
  "candidate.erased",
  "application.",
  "application.stageChanged",
  "accommodation.",
  "staff.",
  "job.hiringTeamChanged",
  "privacy.",
  "legalText.created",
];
const SUBJECT_TYPES = ["application", "candidate", "user", "job", "report", "legalText", "organization"];

/** A plain GET form: the filters land in the URL and work without JavaScript. */
export function AuditFiltersForm({ filters, basePath }: { filters: AuditFilters; basePath: string }) {
  const field = (name: string) => `audit-${name}`;
  return (
    <form
      method="get"
      action={basePath}
      role="search"
      aria-label="Filter the audit log"
      className="space-y-4 rounded-lg border border-line bg-surface p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <Label htmlFor={field("actor")}>Staff email</Label>
          <Input
            id={field("actor")}
            name="actor"
            type="search"
            defaultValue={filters.actor ?? ""}
            maxLength={254}
            className="mt-1"
            aria-describedby={`${field("actor")}-hint`}
          />
          <p id={`${field("actor")}-hint`} className="mt-1 text-sm text-ink-muted">
            All or part of it
          </p>
        </div>
        <div>
          <Label htmlFor={field("actorType")}>Who acted</Label>
          <Select id={field("actorType")} name="actorType" defaultValue={filters.actorType ?? ""} className="mt-1">
            <option value="">Anyone</option>
            {AUDIT_ACTOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {AUDIT_ACTOR_TYPE_LABELS[type].filter}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor={field("action")}>Action</Label>
          <Input
            id={field("action")}
            name="action"
            list={field("action-list")}
            defaultValue={filters.action ?? ""}
            maxLength={100}
            className="mt-1"
            aria-describedby={`${field("action")}-hint`}
          />
          <datalist id={field("action-list")}>
            {ACTION_SUGGESTIONS.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
          <p id={`${field("action")}-hint`} className="mt-1 text-sm text-ink-muted">
            Or its start: <code>view.</code> finds every view of sensitive data
          </p>
        </div>
        <div>
          <Label htmlFor={field("subjectType")}>Subject type</Label>
          <Input
            id={field("subjectType")}
            name="subjectType"
            list={field("subject-list")}
            defaultValue={filters.subjectType ?? ""}
            maxLength={50}
            className="mt-1"
          />
          <datalist id={field("subject-list")}>
            {SUBJECT_TYPES.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </div>
        <div>
          <Label htmlFor={field("subjectId")}>Subject id</Label>
          <Input
            id={field("subjectId")}
            name="subjectId"
            defaultValue={filters.subjectId ?? ""}
            maxLength={100}
            className="mt-1"
          />
        </div>
        <div>
          <Label htmlFor={field("from")}>From (UTC)</Label>
          <Input id={field("from")} name="from" type="date" defaultValue={filters.from ?? ""} className="mt-1" />
        </div>
        <div>
          <Label htmlFor={field("to")}>To (UTC, included)</Label>
          <Input id={field("to")} name="to" type="date" defaultValue={filters.to ?? ""} className="mt-1" />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">Apply filters</Button>
        <Link href={basePath} className={buttonStyles({ variant: "ghost" })}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
