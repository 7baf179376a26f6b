import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EmailTemplateFormInput } from "./email-template-schema";
import { asTemplateNameConflict, templateNameTaken } from "./name-conflict";

export async function updateEmailTemplate({
  actor,
  templateId,
  input,
}: {
  actor: Actor;
  templateId: string;
  input: EmailTemplateFormInput;
}): Promise<{ id: string }> {
  assertCan(actor, "template.manage");
  const taken = await db.emailTemplate.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" }, NOT: { id: templateId } },
    select: { id: true },
  });
  if (taken) throw templateNameTaken();
  try {
    const { count } = await db.emailTemplate.updateMany({ where: { id: templateId }, data: input });
    if (count === 0) throw new AppError("NOT_FOUND", "That email template no longer exists.");
    return { id: templateId };
  } catch (error) {
    throw asTemplateNameConflict(error);
  }
}
