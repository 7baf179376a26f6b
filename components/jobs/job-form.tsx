"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { SaveBar } from "@/components/forms/save-bar";
import { flattenFormErrors, type SummaryError } from "@/components/forms/form-errors";
import type { JobEditLocks } from "@/lib/jobs/get-job-for-editing";
import { jobFormSchema, type JobFormInput, type JobFormValues } from "@/lib/jobs/job-form-schema";
import type { JobFormOptions } from "@/lib/jobs/list-job-form-options";
import { staffJobEditPath } from "@/lib/paths/jobs";
import { EditorSection } from "./editor-section";
import { JobDetailsFields } from "./job-details-fields";
import { JobLocationFields } from "./job-location-fields";
import { JobSalaryFields } from "./job-salary-fields";
import { HiringTeamEditor, ScorecardAttributesEditor } from "./panel-editors";
import { PostingSectionsEditor } from "./posting-sections-editor";
import { QuestionsEditor } from "./questions-editor";
import { SelfIdModulesField } from "./self-id-modules-field";
import { StagesEditor } from "./stages-editor";
import type { SavedJob } from "@/app/(hiring)/hiring/jobs/actions";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = {
  mode: "create" | "edit";
  initialValues: JobFormValues;
  options: JobFormOptions;
  locks: JobEditLocks;
  /** Whether the posting is on the careers site now (changing its address then breaks links). */
  isLive: boolean;
  save: (values: JobFormValues) => Promise<ActionResult<SavedJob>>;
};

export function JobForm({ mode, initialValues, options, locks, isLive, save }: Props) {
  const router = useRouter();
  const form = useForm<JobFormValues, unknown, JobFormInput>({
    resolver: zodResolver(jobFormSchema),
    defaultValues: initialValues,
    // onBlur, not onTouched: with onTouched, adding a question or stage validates the whole list
    // at once and greets the new, empty row with errors.
    mode: "onBlur",
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const [saved, setSaved] = useState<string | null>(null);
  const [currentLocks, setLocks] = useState(locks);
  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));

  const onValid = async () => {
    setSaved(null);
    // The raw values, not the parsed ones: the server parses them with the same schema.
    const result = await save(form.getValues());
    if (result.ok) {
      setSummary((previous) => ({ errors: [], focusKey: previous.focusKey }));
      if (mode === "create") {
        router.push(`${staffJobEditPath(result.jobId)}?created=1`);
        return;
      }
      setSaved(result.message);
      // New questions, options and stages now have ids: the next save must update, not re-create them.
      if (result.editing) {
        form.reset(result.editing.values);
        setLocks(result.editing.locks);
      }
      router.refresh();
      return;
    }
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(path as FieldPath<JobFormValues>, { type: "server", message: messages[0] });
    }
    const errors = Object.entries(result.fieldErrors ?? {}).map(([path, messages]) => ({
      path,
      message: messages[0] ?? "Check this field",
    }));
    showSummary(errors, result.message);
  };

  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-label={mode === "create" ? "New job" : "Edit job"}
        className="space-y-8"
        onSubmit={(event) => form.handleSubmit(onValid, (errors) => showSummary(flattenFormErrors(errors)))(event)}
      >
        <p className="text-ink-muted">
          Fields marked <span className="text-danger">*</span> are required.
        </p>
        <FormErrorSummary
          title="The job was not saved"
          errors={summary.errors}
          message={summary.message}
          focusKey={summary.focusKey}
        />
        <JobDetailsFields departments={options.departments} deriveSlug={mode === "create"} isLive={isLive} />
        <JobLocationFields offices={options.offices} />
        <JobSalaryFields />
        <PostingSectionsEditor />
        <QuestionsEditor locks={currentLocks} />
        <EditorSection
          id="stages"
          title="Pipeline stages"
          description="New applications arrive in the first stage. Rejected and withdrawn are outcomes, not stages."
        >
          <StagesEditor
            applicationsByStageId={currentLocks.applicationsByStageId}
            planItemsByStageId={currentLocks.planItemsByStageId}
          />
        </EditorSection>
        <EditorSection id="scorecard" title="Scorecard">
          <ScorecardAttributesEditor ratingsByAttributeId={currentLocks.ratingsByAttributeId} />
        </EditorSection>
        <EditorSection id="team" title="Hiring team">
          <HiringTeamEditor staff={options.staff} />
        </EditorSection>
        <EditorSection id="self-id" title="Voluntary self-identification">
          <SelfIdModulesField />
        </EditorSection>
        <SaveBar
          label={mode === "create" ? "Save draft" : "Save changes"}
          submitting={form.formState.isSubmitting}
          saved={saved}
        />
      </form>
    </FormProvider>
  );
}
