"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { fieldDomId } from "@/components/forms/form-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MERGE_FIELDS } from "@/lib/email/merge-fields";
import type { RejectionOptions } from "@/lib/pipeline/list-rejection-options";
import type { RejectionFormInput } from "@/lib/pipeline/schema";
import { EmailPreview, type EmailPreviewContext } from "./email-preview";

type RejectionEmailFieldsProps = {
  templates: RejectionOptions["templates"];
  onTemplateChange: (templateId: string) => void;
  preview: EmailPreviewContext;
};

/** Template, editable subject and body, and a live preview of the email. */
export function RejectionEmailFields({ templates, onTemplateChange, preview }: RejectionEmailFieldsProps) {
  const { register, control, formState } = useFormContext<RejectionFormInput>();
  const [subject, body, templateId] = useWatch({ control, name: ["subject", "body", "templateId"] });
  const template = templates.find((candidate) => candidate.id === templateId) ?? null;
  const { errors } = formState;
  return (
    <div className="space-y-4">
      <Field id={fieldDomId("templateId")} label="Start from template">
        <Select {...register("templateId", { onChange: (event) => onTemplateChange(String(event.target.value)) })}>
          <option value="">No template</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={fieldDomId("subject")} label="Subject" error={errors.subject?.message} required>
        <Input autoComplete="off" {...register("subject")} />
      </Field>
      <Field
        id={fieldDomId("body")}
        label="Message"
        error={errors.body?.message}
        required
        hint={`You can edit this message. Merge fields: ${MERGE_FIELDS.map((field) => `{{${field}}}`).join(", ")}.`}
      >
        <Textarea rows={10} {...register("body")} />
      </Field>
      <EmailPreview written={{ subject: subject ?? "", body: body ?? "" }} template={template} {...preview} />
    </div>
  );
}
