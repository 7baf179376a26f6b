import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { TEMPLATE_VERSIONS_SELECT, type TemplateWithTranslations } from "@/lib/email-templates/template-version";
import type { RejectionKind } from "@/lib/generated/prisma/enums";

export type RejectionOptions = {
  reasons: { id: number; kind: RejectionKind; label: string; emailTemplateId: string | null }[];
  /** With their translations: the dialog shows each candidate the version they will be sent. */
  templates: ({ id: string; name: string } & TemplateWithTranslations)[];
};

/** Reasons and email templates for the reject dialog; empty for someone who may not reject. */
export async function listRejectionOptions({ actor }: { actor: Actor }): Promise<RejectionOptions> {
  if (!can(actor, "application.reject")) return { reasons: [], templates: [] };
  const [reasons, templates] = await Promise.all([
    db.rejectionReason.findMany({
      where: { active: true },
      orderBy: [{ kind: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, label: true, emailTemplateId: true },
    }),
    db.emailTemplate.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        ...TEMPLATE_VERSIONS_SELECT,
      },
    }),
  ]);
  return { reasons, templates };
}
