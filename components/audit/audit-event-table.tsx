import Link from "next/link";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { AUDIT_ACTOR_TYPE_LABELS } from "@/lib/audit/labels";
import type { AuditLogEntry } from "@/lib/audit/list-audit-events";
import { formatTimestamp } from "@/lib/format/dates";
import { applicationProfilePath } from "@/lib/paths/applications";

function ActorCell({ entry }: { entry: AuditLogEntry }) {
  if (entry.actor) {
    return (
      <>
        <span className="block font-medium">{entry.actor.name ?? entry.actor.email}</span>
        <span className="block text-sm break-all text-ink-muted">{entry.actor.email}</span>
      </>
    );
  }
  const label =
    AUDIT_ACTOR_TYPE_LABELS[entry.actorType as keyof typeof AUDIT_ACTOR_TYPE_LABELS]?.row ?? entry.actorType;
  return <span className={entry.actorType === "staff" ? "text-ink-muted" : undefined}>{label}</span>;
}

function SubjectCell({ entry }: { entry: AuditLogEntry }) {
  // Only applications get a link: it leads to a page that checks access again.
  const id = entry.subjectId;
  return (
    <>
      <span className="block">{entry.subjectType}</span>
      {id &&
        (entry.subjectType === "application" ? (
          <Link href={applicationProfilePath(id)} className="text-sm break-all">
            {id}
          </Link>
        ) : (
          <span className="text-sm break-all text-ink-muted">{id}</span>
        ))}
    </>
  );
}

/** The events of one page, newest first; read-only (no control changes or removes an event). */
export function AuditEventTable({ entries }: { entries: AuditLogEntry[] }) {
  if (entries.length === 0) return <p className="text-ink-muted">No events match these filters.</p>;
  return (
    <Table caption="Audit events, newest first">
      <TableHeader columns={["When", "Who", "Action", "Subject", "Details"]} />
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} className="align-top">
            <TableCell className="text-sm whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>{formatTimestamp(entry.createdAt)}</time>
            </TableCell>
            <TableCell>
              <ActorCell entry={entry} />
            </TableCell>
            <TableCell>
              <code className="text-sm">{entry.action}</code>
            </TableCell>
            <TableCell>
              <SubjectCell entry={entry} />
            </TableCell>
            <TableCell className="max-w-md">
              {entry.metadata ? (
                <code className="text-xs break-all text-ink-muted">{entry.metadata}</code>
              ) : (
                <span className="text-ink-muted">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
