import Link from "next/link";
import type { AuditLogEntry } from "@/lib/audit/list-audit-events";

const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;

function ActorCell({ entry }: { entry: AuditLogEntry }) {
  if (entry.actor) {
    return (
      <>
        <span className="block font-medium">{entry.actor.name ?? entry.actor.email}</span>
        <span className="block text-sm break-all text-ink-muted">{entry.actor.email}</span>
      </>
    );
  }
  if (entry.actorType === "staff") return <span className="text-ink-muted">Unknown staff member</span>;
  return (
    <span>
      {entry.actorType === "candidate" ? "Candidate" : entry.actorType === "system" ? "System" : entry.actorType}
    </span>
  );
}

function SubjectCell({ entry }: { entry: AuditLogEntry }) {
  // Only applications get a link: it leads to a page that checks access again.
  const id = entry.subjectId;
  return (
    <>
      <span className="block">{entry.subjectType}</span>
      {id &&
        (entry.subjectType === "application" ? (
          <Link href={`/hiring/applications/${encodeURIComponent(id)}`} className="text-sm break-all">
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
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="border-b border-line text-sm">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              When
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Who
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Action
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Subject
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top last:border-b-0">
              <td className="px-4 py-3 text-sm whitespace-nowrap">
                <time dateTime={entry.createdAt.toISOString()}>{utc(entry.createdAt)}</time>
              </td>
              <td className="px-4 py-3">
                <ActorCell entry={entry} />
              </td>
              <td className="px-4 py-3">
                <code className="text-sm">{entry.action}</code>
              </td>
              <td className="px-4 py-3">
                <SubjectCell entry={entry} />
              </td>
              <td className="max-w-md px-4 py-3">
                {entry.metadata ? (
                  <code className="text-xs break-all text-ink-muted">{entry.metadata}</code>
                ) : (
                  <span className="text-ink-muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
