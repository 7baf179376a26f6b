import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import type { DryRunEntry, PrivacyOverview } from "@/lib/privacy/get-privacy-overview";
import { ERASURE_SOURCE_LABELS, ERASURE_STATUS_LABELS } from "@/lib/privacy/labels";
import type { CandidatePrivacySummary } from "@/lib/privacy/load-candidate-summaries";
import { CandidatePrivacyActions } from "./candidate-privacy-actions";
import { PersonCell } from "./person-cell";

function why(entry: DryRunEntry): string {
  if (entry.reason === "REQUEST") return `${ERASURE_SOURCE_LABELS[entry.source]} on ${formatDate(entry.requestedAt)}`;
  return `No activity since ${formatDate(entry.lastActivityAt)} (policy: ${entry.retentionMonths} months)`;
}

export function DryRunTable({ entries }: { entries: DryRunEntry[] }) {
  return (
    <PrivacyTable caption="People the next privacy run erases, and why" headings={["Person", "Why", "Actions"]}>
      {entries.map((entry) => (
        <Row key={entry.candidateId} person={entry.person}>
          <TableCell>{why(entry)}</TableCell>
        </Row>
      ))}
    </PrivacyTable>
  );
}

export function RequestsTable({ requests }: { requests: PrivacyOverview["requests"] }) {
  return (
    <PrivacyTable caption="Open erasure requests, oldest first" headings={["Person", "Request", "Actions"]}>
      {requests.map((request) => (
        <Row key={request.id} person={request.person}>
          <TableCell>
            <Badge variant={request.status === "ON_HOLD" ? "warning" : "info"}>
              {ERASURE_STATUS_LABELS[request.status]}
            </Badge>
            <span className="mt-1 block text-sm">
              {ERASURE_SOURCE_LABELS[request.source]} on {formatDate(request.requestedAt)}
            </span>
          </TableCell>
        </Row>
      ))}
    </PrivacyTable>
  );
}

export function PeopleTable({ people, caption }: { people: CandidatePrivacySummary[]; caption: string }) {
  return (
    <PrivacyTable caption={caption} headings={["Person", "Actions"]}>
      {people.map((person) => (
        <Row key={person.id} person={person} />
      ))}
    </PrivacyTable>
  );
}

function Row({ person, children }: { person: CandidatePrivacySummary; children?: ReactNode }) {
  return (
    <TableRow className="align-top">
      <TableCell>
        <PersonCell person={person} />
      </TableCell>
      {children}
      <TableCell>
        <CandidatePrivacyActions person={person} />
      </TableCell>
    </TableRow>
  );
}

function PrivacyTable({ caption, headings, children }: { caption: string; headings: string[]; children: ReactNode }) {
  return (
    <Table caption={caption}>
      <TableHeader columns={headings} />
      <TableBody>{children}</TableBody>
    </Table>
  );
}
