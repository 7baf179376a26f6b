import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type EmailTemplateRow = {
  id: string;
  name: string;
  subject: string;
  updatedAt: Date;
  /** Rejection reasons that suggest this template: while there are any, it cannot be deleted. */
  usedByReasons: string[];
};

export async function listEmailTemplates({ actor }: { actor: Actor }): Promise<EmailTemplateRow[]> {
  assertCan(actor, "template.manage");
  const templates = await db.emailTemplate.findMany({
    select: {
      id: true,
      name: true,
      subject: true,
      updatedAt: true,
      rejectionReasons: { select: { label: true }, orderBy: { position: "asc" } },
    },
    orderBy: { name: "asc" },
  });
  return templates.map(({ rejectionReasons, ...template }) => ({
    ...template,
    usedByReasons: rejectionReasons.map((reason) => reason.label),
  }));
}
