"use client";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { fieldDomId } from "@/components/forms/form-errors";
import { CheckboxField } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { templateVersionFor } from "@/lib/email-templates/template-version";
import type { RejectionOptions } from "@/lib/pipeline/list-rejection-options";
import type { RejectionFormInput } from "@/lib/pipeline/schema";
import type { EmailPreviewContext } from "./email-preview";
import { RejectionEmailFields } from "./rejection-email-fields";

type Props = {
  /** The reasons to offer (already filtered to the outcome's kind). */
  reasons: RejectionOptions["reasons"];
  templates: RejectionOptions["templates"];
  emailLabel: string;
  preview: EmailPreviewContext;
};

/**
 * Reason, "email the candidate", and the editable email with its preview: the part of a
 * rejection that the reject dialog and the hiring decision form share. A reason suggests its
 * template unless the person has already written their own text.
 */
export function RejectionDetailsFields({ reasons, templates, emailLabel, preview }: Props) {
  const form = useFormContext<RejectionFormInput>();
  const sendEmail = useWatch({ control: form.control, name: "sendEmail" });

  const loadTemplate = (templateId: string) => {
    const template = templates.find((candidate) => candidate.id === templateId);
    // The version the candidates get (all in one language: theirs); a mixed selection is shown
    // the text as written, and the server sends each the version in their language.
    const [locale, ...others] = [...new Set(preview.recipientLocales)];
    const version = template && locale && others.length === 0 ? templateVersionFor(template, locale) : template;
    form.setValue("templateId", templateId);
    // As if the form had started with this text: only the person's own edits count as edits.
    form.resetField("subject", { defaultValue: version?.subject ?? "" });
    form.resetField("body", { defaultValue: version?.body ?? "" });
  };
  const onReasonChange = (reasonId: string) => {
    const suggested = reasons.find((reason) => String(reason.id) === reasonId)?.emailTemplateId;
    const edited = form.getFieldState("subject").isDirty || form.getFieldState("body").isDirty;
    if (suggested && !edited) loadTemplate(suggested);
  };

  return (
    <>
      <Field id={fieldDomId("reasonId")} label="Reason" error={form.formState.errors.reasonId?.message} required>
        <Select {...form.register("reasonId", { onChange: (event) => onReasonChange(String(event.target.value)) })}>
          <option value="">Choose a reason</option>
          {reasons.map((reason) => (
            <option key={reason.id} value={reason.id}>
              {reason.label}
            </option>
          ))}
        </Select>
      </Field>
      <Controller
        control={form.control}
        name="sendEmail"
        render={({ field }) => (
          <CheckboxField
            id={fieldDomId("sendEmail")}
            label={emailLabel}
            checked={field.value}
            onCheckedChange={(value) => field.onChange(value === true)}
          />
        )}
      />
      {sendEmail && <RejectionEmailFields templates={templates} onTemplateChange={loadTemplate} preview={preview} />}
    </>
  );
}
