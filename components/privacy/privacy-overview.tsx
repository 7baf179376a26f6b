import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CANDIDATE_REQUEST_GRACE_HOURS } from "@/lib/privacy/plan-erasures";
import { PRIVACY_LIST_LIMIT, type PrivacyOverview } from "@/lib/privacy/get-privacy-overview";
import { DryRunTable, PeopleTable, RequestsTable } from "./privacy-tables";
import { RetentionSettingForm } from "./retention-setting-form";

/** The admin's privacy page: policy, what the next run will erase, requests, holds, lookup. */
export function PrivacyOverviewView({ overview }: { overview: PrivacyOverview }) {
  const { dryRun, requests, held, lookup } = overview;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold text-ink">Privacy and retention</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">
          Erasure turns a person into “Anonymized #N”: their identity, files, answers, notes and the text of their
          emails go; stage history and counts stay for reports. A daily run carries out candidates’ requests (after{" "}
          {CANDIDATE_REQUEST_GRACE_HOURS} hour, so their confirmation email leaves first) and the retention policy
          below. A legal hold stops both.
        </p>
      </div>

      <Section id="retention" title={`Retention policy for ${overview.organizationName}`}>
        <Card>
          <CardContent>
            <RetentionSettingForm retentionInactiveMonths={overview.retentionInactiveMonths} />
          </CardContent>
        </Card>
      </Section>

      <Section id="dry-run" title="Dry run: the next privacy run erases" count={dryRun.total}>
        {dryRun.total === 0 ? <p className="text-ink-muted">Nobody.</p> : <DryRunTable entries={dryRun.entries} />}
        {dryRun.total > dryRun.entries.length && (
          <p className="text-sm text-ink-muted">Showing the first {PRIVACY_LIST_LIMIT}.</p>
        )}
      </Section>

      <Section id="requests" title="Open erasure requests" count={requests.length}>
        {requests.length === 0 ? <p className="text-ink-muted">None.</p> : <RequestsTable requests={requests} />}
      </Section>

      <Section id="legal-holds" title="People on legal hold" count={held.length}>
        {held.length === 0 ? (
          <p className="text-ink-muted">Nobody.</p>
        ) : (
          <PeopleTable people={held} caption="People on legal hold" />
        )}
      </Section>

      <Section id="lookup" title="Find a person">
        <form
          method="get"
          className="flex flex-wrap items-end gap-3"
          role="search"
          aria-label="Find a person by email or application reference"
        >
          <div className="space-y-1.5">
            <Label htmlFor="privacy-lookup">Email address or application reference</Label>
            <Input
              id="privacy-lookup"
              name="q"
              type="search"
              defaultValue={lookup.query}
              spellCheck={false}
              autoComplete="off"
              className="min-w-72"
            />
          </div>
          <Button type="submit" variant="secondary">
            Find
          </Button>
        </form>
        {lookup.query !== "" &&
          (lookup.results.length === 0 ? (
            <p className="text-ink-muted" role="status">
              Nobody has that email address or application reference.
            </p>
          ) : (
            <PeopleTable people={lookup.results} caption="People found" />
          ))}
      </Section>
    </div>
  );
}

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-ink">
        {title}
        {count !== undefined && <span className="font-normal text-ink-muted"> ({count})</span>}
      </h2>
      {children}
    </section>
  );
}
