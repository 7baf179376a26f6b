import Link from "next/link";
import type { EmailTemplateRow } from "@/lib/email-templates/list-email-templates";
import { templateEditPath } from "@/lib/email-templates/template-paths";
import { deleteEmailTemplateAction } from "@/app/(hiring)/hiring/templates/actions";
import { DeleteTemplateButton } from "./delete-template-button";

export function EmailTemplateList({ templates }: { templates: EmailTemplateRow[] }) {
  if (templates.length === 0) return <p className="text-ink-muted">No templates yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left">
        <caption className="sr-only">Email templates</caption>
        <thead className="border-b border-line bg-canvas text-sm">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Subject
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Suggested by
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id} className="border-b border-line align-top last:border-b-0">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={templateEditPath(template.id)}>{template.name}</Link>
              </th>
              <td className="px-4 py-3">{template.subject}</td>
              <td className="px-4 py-3 text-sm">
                {template.usedByReasons.length > 0 ? (
                  template.usedByReasons.join(", ")
                ) : (
                  <span className="text-ink-muted">No rejection reason</span>
                )}
              </td>
              <td className="px-4 py-3">
                {template.usedByReasons.length > 0 ? (
                  <p className="max-w-56 text-sm text-ink-muted">Kept while a rejection reason suggests it.</p>
                ) : (
                  <DeleteTemplateButton
                    name={template.name}
                    remove={deleteEmailTemplateAction.bind(null, template.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
