import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function getEmailTemplate({ actor, templateId }: { actor: Actor; templateId: string }) {
  assertCan(actor, "template.manage");
  const template = await db.emailTemplate.findUnique({
    where: { id: templateId },
    select: {
      id: true,
      name: true,
      subject: true,
      body: true,
      translations: { select: { language: true, subject: true, body: true }, orderBy: { language: "asc" } },
      rejectionReasons: { select: { label: true }, orderBy: { position: "asc" } },
    },
  });
  if (!template) throw new AppError("NOT_FOUND", "That email template does not exist.");
  const { rejectionReasons, ...rest } = template;
  return { ...rest, usedByReasons: rejectionReasons.map((reason) => reason.label) };
}
