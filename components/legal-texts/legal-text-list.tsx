import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button";
import type { LegalTextGroup, LegalTextVersionRow } from "@/lib/legal-texts/list-legal-texts";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const moment = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

const STATUS: Record<LegalTextVersionRow["status"], { label: string; variant: "success" | "info" | "neutral" }> = {
  current: { label: "In force", variant: "success" },
  scheduled: { label: "Scheduled", variant: "info" },
  retired: { label: "Retired", variant: "neutral" },
};

/** Each legal text with its versions; a version is never edited, only followed by a new one. */
export function LegalTextList({
  groups,
  newVersionHref,
}: {
  groups: LegalTextGroup[];
  newVersionHref: (kind: string) => string;
}) {
  return (
    <div className="space-y-10">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`legal-${group.kind}`} className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id={`legal-${group.kind}`} className="text-xl font-semibold text-ink">
              {group.label}
            </h2>
            <Link href={newVersionHref(group.kind)} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              New version<span className="sr-only"> of {group.label}</span>
            </Link>
          </div>
          {group.versions.length === 0 ? (
            <p className="text-ink-muted">No version yet: the application form cannot open until one is in force.</p>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-line bg-surface">
              <table className="w-full text-left">
                <caption className="sr-only">{`Versions of ${group.label}, newest first`}</caption>
                <thead className="border-b border-line text-sm">
                  <tr>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Version
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Title
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      In force from
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Until
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      OMB number and expiry
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.versions.map((version) => (
                    <tr key={version.id} className="border-b border-line last:border-b-0">
                      <th scope="row" className="px-4 py-3 font-medium">
                        {version.version}
                      </th>
                      <td className="px-4 py-3">{version.title}</td>
                      <td className="px-4 py-3 text-sm whitespace-nowrap">
                        <time dateTime={version.effectiveFrom.toISOString()}>{moment(version.effectiveFrom)}</time>
                      </td>
                      <td className="px-4 py-3 text-sm whitespace-nowrap">
                        {version.effectiveTo ? (
                          <time dateTime={version.effectiveTo.toISOString()}>{moment(version.effectiveTo)}</time>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td className="px-4 py-3 text-sm">
                        {version.ombNumber ? `${version.ombNumber}, expires ${day(version.ombExpiresOn) ?? "—"}` : "—"}
                      </td>
                      <td className="px-4 py-3">
                        <Badge variant={STATUS[version.status].variant}>{STATUS[version.status].label}</Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
