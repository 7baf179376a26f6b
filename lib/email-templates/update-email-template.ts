import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EmailTemplateFormInput } from "./email-template-schema";
import { asTemplateNameConflict, templateNameTaken } from "./name-conflict";
import { writeTemplateTranslations } from "./translation-writes";

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
    const { translations, ...template } = input;
    // One transaction: a refused translation leaves the template as it was.
    await db.$transaction(async (tx) => {
      const { count } = await tx.emailTemplate.updateMany({ where: { id: templateId }, data: template });
      if (count === 0) throw new AppError("NOT_FOUND", "That email template no longer exists.");
      await writeTemplateTranslations(tx, templateId, translations);
    });
    return { id: templateId };
  } catch (error) {
    throw asTemplateNameConflict(error);
  }
}
