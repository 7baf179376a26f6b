import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import { offerLetterEditPath } from "@/lib/paths/offers";

type Row = { id: string; name: string; versions: { version: number; createdAt: Date }[] };

export function OfferLetterList({ templates }: { templates: Row[] }) {
  if (templates.length === 0) return <p className="text-ink-muted">No offer letters yet.</p>;
  return (
    <Table caption="Offer letters">
      <TableHeader columns={["Name", { label: "Version", numeric: true }, "Saved"]} />
      <TableBody>
        {templates.map((template) => (
          <TableRow key={template.id}>
            <TableHead scope="row">
              <Link href={offerLetterEditPath(template.id)}>{template.name}</Link>
            </TableHead>
            <TableCell numeric>{template.versions[0]?.version ?? "–"}</TableCell>
            <TableCell>{template.versions[0] ? formatDate(template.versions[0].createdAt) : "–"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
