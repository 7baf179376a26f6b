"use client";
import { useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { SelectField, TextareaField, TextInputField } from "@/components/forms/form-fields";
import { LOCALES } from "@/i18n/locales";
import type { JobFormValues } from "@/lib/jobs/job-form-schema";
import { JOB_LIMITS } from "@/lib/jobs/job-form-schema";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import { EMPLOYMENT_TYPE_LABELS } from "@/lib/jobs/labels";
import type { JobFormOptions } from "@/lib/jobs/list-job-form-options";
import { LANGUAGE_LABELS } from "@/lib/languages/labels";
import { slugify } from "@/lib/jobs/slugify";
import { EditorSection } from "./editor-section";

type Props = { departments: JobFormOptions["departments"]; deriveSlug: boolean; isLive: boolean };

export function JobDetailsFields({ departments, deriveSlug, isLive }: Props) {
  const { control, setValue } = useFormContext<JobFormValues>();
  const [title, slug, departmentId] = useWatch({ control, name: ["title", "slug", "departmentId"] });
  const [slugEdited, setSlugEdited] = useState(false);

  // A new job's address follows its title until someone edits the address itself.
  useEffect(() => {
    if (deriveSlug && !slugEdited) setValue("slug", slugify(title));
  }, [deriveSlug, slugEdited, title, setValue]);

  return (
    <EditorSection id="details" title="Job details">
      <TextInputField path="title" label="Job title" required maxLength={JOB_LIMITS.title} autoComplete="off" />
      <TextInputField
        path="slug"
        label="Posting address"
        required
        maxLength={JOB_LIMITS.slug}
        autoComplete="off"
        spellCheck={false}
        onInput={() => setSlugEdited(true)}
        hint={
          <>
            The posting will be at <code>{jobPostingPath(slug || "…")}</code>.
            {isLive && " Changing it breaks links people already have."}
          </>
        }
      />
      <TextareaField
        path="summary"
        label="Summary"
        required
        rows={3}
        maxLength={JOB_LIMITS.summary}
        hint="One paragraph for the job list, search results and link previews."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField path="departmentId" label="Department" required>
          <option value="">Choose a department</option>
          {departments.map((department) => (
            <option key={department.id} value={String(department.id)}>
              {department.name}
            </option>
          ))}
          <option value="new">New department…</option>
        </SelectField>
        {departmentId === "new" && (
          <TextInputField
            path="newDepartmentName"
            label="New department's name"
            required
            maxLength={JOB_LIMITS.departmentName}
          />
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField path="employmentType" label="Employment type" required>
          {Object.entries(EMPLOYMENT_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          path="language"
          label="Language of the posting"
          required
          hint="The language its text is written in. The careers site around it follows each visitor's language."
        >
          {LOCALES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_LABELS[language]}
            </option>
          ))}
        </SelectField>
        <TextInputField
          path="validThrough"
          type="date"
          label="Open until"
          hint="Optional. The posting closes itself after this day (UTC)."
        />
      </div>
    </EditorSection>
  );
}
