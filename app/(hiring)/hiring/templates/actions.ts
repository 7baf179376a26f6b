"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { createEmailTemplate } from "@/lib/email-templates/create-email-template";
import { deleteEmailTemplate } from "@/lib/email-templates/delete-email-template";
import { emailTemplateFormSchema } from "@/lib/email-templates/email-template-schema";
import { templateEditPath, TEMPLATES_PATH } from "@/lib/email-templates/template-paths";
import { updateEmailTemplate } from "@/lib/email-templates/update-email-template";
import { AppError } from "@/lib/errors";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { storableTextCheck } from "@/lib/validations/storable-text";

export type TemplateActionResult = { ok: true; templateId: string; message: string } | ActionFailure;

// Bound by the page, but a forged call can send anything.
function parseTemplateId(templateId: unknown): string {
  const parsed = z
    .string()
    .min(1)
    .max(40)
    .refine(...storableTextCheck())
    .safeParse(templateId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That email template does not exist.");
  return parsed.data;
}

export async function createEmailTemplateAction(values: unknown): Promise<TemplateActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "template.manage");
    const parsed = emailTemplateFormSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "The template was not saved.");
    const template = await createEmailTemplate({ actor, input: parsed.data });
    revalidatePath(TEMPLATES_PATH);
    return { ok: true, templateId: template.id, message: "Template saved." };
  } catch (error) {
    return actionFailure(error, "createEmailTemplate");
  }
}

export async function updateEmailTemplateAction(templateId: string, values: unknown): Promise<TemplateActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "template.manage");
    const id = parseTemplateId(templateId);
    const parsed = emailTemplateFormSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "The template was not saved.");
    await updateEmailTemplate({ actor, templateId: id, input: parsed.data });
    revalidatePath(TEMPLATES_PATH);
    revalidatePath(templateEditPath(id));
    return { ok: true, templateId: id, message: "Template saved." };
  } catch (error) {
    return actionFailure(error, "updateEmailTemplate");
  }
}

export async function deleteEmailTemplateAction(templateId: string): Promise<TemplateActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "template.manage");
    const id = parseTemplateId(templateId);
    await deleteEmailTemplate({ actor, templateId: id });
    revalidatePath(TEMPLATES_PATH);
    return { ok: true, templateId: id, message: "Template deleted." };
  } catch (error) {
    return actionFailure(error, "deleteEmailTemplate");
  }
}
