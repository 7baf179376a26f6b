import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatTimestamp, isoDay } from "@/lib/format/dates";
import { LEGAL_TEXT_VERSION_STATUS } from "@/lib/legal-texts/labels";
import type { LegalTextGroup } from "@/lib/legal-texts/list-legal-texts";
import { LOCALES, isLocale } from "@/i18n/locales";
import { LANGUAGE_LABELS } from "@/lib/languages/labels";

/** Each legal text with its versions; a version is never edited, only followed by a new one. */
export function LegalTextList({
  groups,
  newVersionHref,
}: {
  groups: LegalTextGroup[];
  newVersionHref: (kind: string, language: string) => string;
}) {
  return (
    <div className="space-y-10">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`legal-${group.kind}`} className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id={`legal-${group.kind}`} className="text-xl font-semibold text-ink">
              {group.label}
            </h2>
            <div className="flex flex-wrap gap-2">
              {LOCALES.map((language) => (
                <Link
                  key={language}
                  href={newVersionHref(group.kind, language)}
                  className={buttonStyles({ variant: "secondary", size: "sm" })}
                >
                  New {LANGUAGE_LABELS[language]} version<span className="sr-only"> of {group.label}</span>
                </Link>
              ))}
            </div>
          </div>
          {group.versions.length === 0 ? (
            <p className="text-ink-muted">
              No version yet: the application form cannot open until an English one is in force.
            </p>
          ) : (
            <Table caption={`Versions of ${group.label}, newest first`}>
              <TableHeader
                columns={["Version", "Language", "Title", "In force from", "Until", "OMB number and expiry", "Status"]}
              />
              <TableBody>
                {group.versions.map((version) => (
                  <TableRow key={version.id}>
                    <TableHead scope="row">{version.version}</TableHead>
                    <TableCell>
                      {isLocale(version.language) ? LANGUAGE_LABELS[version.language] : version.language}
                    </TableCell>
                    <TableCell>{version.title}</TableCell>
                    <TableCell className="text-sm whitespace-nowrap">
                      <time dateTime={version.effectiveFrom.toISOString()}>
                        {formatTimestamp(version.effectiveFrom)}
                      </time>
                    </TableCell>
                    <TableCell className="text-sm whitespace-nowrap">
                      {version.effectiveTo ? (
                        <time dateTime={version.effectiveTo.toISOString()}>{formatTimestamp(version.effectiveTo)}</time>
                      ) : (
                        "—"
                      )}
                    </TableCell>
                    <TableCell className="text-sm">
                      {version.ombNumber
                        ? `${version.ombNumber}, expires ${version.ombExpiresOn ? isoDay(version.ombExpiresOn) : "—"}`
                        : "—"}
                    </TableCell>
                    <TableCell>
                      <Badge variant={LEGAL_TEXT_VERSION_STATUS[version.status].tone}>
                        {LEGAL_TEXT_VERSION_STATUS[version.status].label}
                      </Badge>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      ))}
    </div>
  );
}
