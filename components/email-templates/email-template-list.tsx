import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EmailTemplateRow } from "@/lib/email-templates/list-email-templates";
import { deleteEmailTemplateAction } from "@/app/(hiring)/hiring/templates/actions";
import { templateEditPath } from "@/lib/paths/templates";
import { DeleteTemplateButton } from "./delete-template-button";

export function EmailTemplateList({ templates }: { templates: EmailTemplateRow[] }) {
  if (templates.length === 0) return <p className="text-ink-muted">No templates yet.</p>;
  return (
    <Table caption="Email templates">
      <TableHeader columns={["Name", "Subject", "Suggested by", { label: "Actions", hidden: true }]} />
      <TableBody>
        {templates.map((template) => (
          <TableRow key={template.id} className="align-top">
            <TableHead scope="row">
              <Link href={templateEditPath(template.id)}>{template.name}</Link>
            </TableHead>
            <TableCell>{template.subject}</TableCell>
            <TableCell className="text-sm">
              {template.usedByReasons.length > 0 ? (
                template.usedByReasons.join(", ")
              ) : (
                <span className="text-ink-muted">No rejection reason</span>
              )}
            </TableCell>
            <TableCell>
              {template.usedByReasons.length > 0 ? (
                <p className="max-w-56 text-sm text-ink-muted">Kept while a rejection reason suggests it.</p>
              ) : (
                <DeleteTemplateButton name={template.name} remove={deleteEmailTemplateAction.bind(null, template.id)} />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
