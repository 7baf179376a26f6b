import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { TEMPLATE_VERSIONS_SELECT } from "./template-version";

export async function getEmailTemplate({ actor, templateId }: { actor: Actor; templateId: string }) {
  assertCan(actor, "template.manage");
  const template = await db.emailTemplate.findUnique({
    where: { id: templateId },
    select: {
      id: true,
      name: true,
      ...TEMPLATE_VERSIONS_SELECT,
      rejectionReasons: { select: { label: true }, orderBy: { position: "asc" } },
    },
  });
  if (!template) throw new AppError("NOT_FOUND", "That email template does not exist.");
  const { rejectionReasons, ...rest } = template;
  return { ...rest, usedByReasons: rejectionReasons.map((reason) => reason.label) };
}
