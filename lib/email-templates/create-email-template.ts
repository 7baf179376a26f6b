import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { EmailTemplateFormInput } from "./email-template-schema";
import { asTemplateNameConflict, templateNameTaken } from "./name-conflict";
import { writeTemplateTranslations } from "./translation-writes";

export async function createEmailTemplate({
  actor,
  input,
}: {
  actor: Actor;
  input: EmailTemplateFormInput;
}): Promise<{ id: string }> {
  assertCan(actor, "template.manage");
  const taken = await db.emailTemplate.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" } },
    select: { id: true },
  });
  if (taken) throw templateNameTaken();
  try {
    const { translations, ...template } = input;
    return await db.$transaction(async (tx) => {
      const created = await tx.emailTemplate.create({
        data: { ...template, createdById: actor.userId },
        select: { id: true },
      });
      await writeTemplateTranslations(tx, created.id, translations);
      return created;
    });
  } catch (error) {
    throw asTemplateNameConflict(error);
  }
}
