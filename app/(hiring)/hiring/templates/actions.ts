"use server";
import { boundTemplateId } from "@/lib/actions/bound-ids";
import { noInput, staffAction } from "@/lib/actions/staff-action";
import { createEmailTemplate } from "@/lib/email-templates/create-email-template";
import { deleteEmailTemplate } from "@/lib/email-templates/delete-email-template";
import { emailTemplateFormSchema } from "@/lib/email-templates/email-template-schema";
import { updateEmailTemplate } from "@/lib/email-templates/update-email-template";
import { templateEditPath, TEMPLATES_PATH } from "@/lib/paths/templates";

const INVALID = "The template was not saved.";

const create = staffAction({
  name: "createEmailTemplate",
  permission: "template.manage",
  schema: emailTemplateFormSchema,
  invalid: INVALID,
  run: async ({ actor, input }) => {
    const template = await createEmailTemplate({ actor, input });
    return { message: "Template saved.", data: { templateId: template.id }, revalidate: [TEMPLATES_PATH] };
  },
});

const update = staffAction({
  name: "updateEmailTemplate",
  permission: "template.manage",
  schema: emailTemplateFormSchema,
  invalid: INVALID,
  bound: boundTemplateId,
  run: async ({ actor, input, id }) => {
    await updateEmailTemplate({ actor, templateId: id, input });
    return { message: "Template saved.", data: { templateId: id }, revalidate: [TEMPLATES_PATH, templateEditPath(id)] };
  },
});

const remove = staffAction({
  name: "deleteEmailTemplate",
  permission: "template.manage",
  schema: noInput,
  bound: boundTemplateId,
  run: async ({ actor, id }) => {
    await deleteEmailTemplate({ actor, templateId: id });
    return { message: "Template deleted.", data: { templateId: id }, revalidate: [TEMPLATES_PATH] };
  },
});

export async function createEmailTemplateAction(values: unknown) {
  return create(values);
}

export async function updateEmailTemplateAction(templateId: string, values: unknown) {
  return update(values, templateId);
}

export async function deleteEmailTemplateAction(templateId: string) {
  return remove(undefined, templateId);
}
