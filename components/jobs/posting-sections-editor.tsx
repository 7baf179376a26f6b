"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { RowControls } from "@/components/forms/row-controls";
import { JOB_LIMITS, type JobFormValues } from "@/lib/jobs/job-form-schema";
import { EditorSection } from "./editor-section";
import { PostingPreview } from "./posting-preview";
import { PostingStatementsField } from "./posting-statements-field";

export function PostingSectionsEditor() {
  const { control, formState } = useFormContext<JobFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "sections" });
  const listError = messageAt(formState.errors, "sections");
  return (
    <EditorSection
      id="posting"
      title="Posting"
      description={
        <>
          Write each section in Markdown: <code>**bold**</code>, <code>- list item</code>,{" "}
          <code>[link](https://…)</code>. HTML is not allowed and is removed, on the preview exactly as on the careers
          site.
        </>
      }
    >
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-5">
          {fields.map((field, index) => (
            <fieldset key={field.id} className="space-y-4 rounded-md border border-line p-4">
              <legend className="px-1 font-semibold">Section {index + 1}</legend>
              <TextInputField
                path={`sections.${index}.heading`}
                label="Heading"
                maxLength={JOB_LIMITS.heading}
                hint="Leave empty for an introduction or closing paragraph."
              />
              <TextareaField path={`sections.${index}.bodyMarkdown`} label="Text (Markdown)" required rows={8} />
              <PostingStatementsField index={index} />
              <RowControls
                idPrefix="section"
                rowLabel={`section ${index + 1}`}
                index={index}
                count={fields.length}
                onMove={move}
                onRemove={fields.length > 1 ? () => remove(index) : undefined}
              />
            </fieldset>
          ))}
          <div id={fieldDomId("sections")} tabIndex={-1} className="space-y-3">
            {listError && <FieldError controlId={fieldDomId("sections")}>{listError}</FieldError>}
            <Button
              variant="secondary"
              disabled={fields.length >= JOB_LIMITS.sections}
              onClick={() => append({ heading: "", bodyMarkdown: "", statements: [] })}
            >
              Add section
            </Button>
          </div>
        </div>
        <PostingPreview />
      </div>
    </EditorSection>
  );
}
