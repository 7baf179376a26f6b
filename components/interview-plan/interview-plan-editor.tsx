"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { flattenFormErrors, type SummaryError } from "@/components/forms/form-errors";
import { SaveBar } from "@/components/forms/save-bar";
import { EditorSection } from "@/components/jobs/editor-section";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { InterviewPlanForEditing } from "@/lib/interview-plan/get-interview-plan";
import { interviewCount } from "@/lib/interview-plan/labels";
import {
  interviewPlanSchema,
  type InterviewPlanInput,
  type InterviewPlanItemValues,
  type InterviewPlanValues,
} from "@/lib/interview-plan/schema";
import { staffJobBoardPath, staffJobEditPath } from "@/lib/paths/jobs";
import { FeedbackSettingsFields } from "./feedback-settings-fields";
import { PlanItemsEditor } from "./plan-items-editor";
import type { ActionResult } from "@/lib/actions/action-result";

/** What happens, on save, to the interviews already scheduled from a removed plan item. */
const removalNotice = (scheduled: number) =>
  `When you save, its ${interviewCount(scheduled)} ${scheduled === 1 ? "stays" : "stay"} on the calendar with ${scheduled === 1 ? "its" : "their"} panel, no longer linked to the plan.`;

type Props = {
  plan: InterviewPlanForEditing;
  canEditJob: boolean;
  save: (values: InterviewPlanValues) => Promise<ActionResult<{ saved: InterviewPlanForEditing }>>;
};

/** Which interviews a job's candidates go through, stage by stage, and how their feedback is shared. */
export function InterviewPlanEditor({ plan: initialPlan, canEditJob, save }: Props) {
  const router = useRouter();
  const [plan, setPlan] = useState(initialPlan);
  const form = useForm<InterviewPlanValues, unknown, InterviewPlanInput>({
    resolver: zodResolver(interviewPlanSchema),
    defaultValues: plan.values,
    // Errors first show on save, then clear as each field is fixed. Checked on blur instead, an
    // error appearing under a field pushes the checkboxes below it down between mouse-down and
    // mouse-up, and the click that left the field misses its target.
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const [saved, setSaved] = useState<string | null>(null);
  const [removed, setRemoved] = useState<InterviewPlanItemValues[]>([]);
  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));
  const { job } = plan;

  const onValid = async () => {
    setSaved(null);
    // The raw values: the server parses them with the same schema.
    const result = await save(form.getValues());
    if (result.ok) {
      setSummary((previous) => ({ errors: [], focusKey: previous.focusKey }));
      setSaved(result.message);
      setPlan(result.saved);
      setRemoved([]);
      // New interviews now have ids: the next save must update, not re-create them.
      form.reset(result.saved.values);
      router.refresh();
      return;
    }
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(path as FieldPath<InterviewPlanValues>, { type: "server", message: messages[0] });
    }
    showSummary(
      Object.entries(result.fieldErrors ?? {}).map(([path, messages]) => ({
        path,
        message: messages[0] ?? "Check this field",
      })),
      result.message,
    );
  };
  const keep = (item: InterviewPlanItemValues) => {
    setRemoved((previous) => previous.filter((other) => other !== item));
    form.setValue("items", [...form.getValues("items"), item], { shouldDirty: true });
  };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={staffJobBoardPath(job.id)}>Pipeline board</Link>
          {canEditJob && (
            <>
              <span aria-hidden="true" className="px-2 text-ink-muted">
                /
              </span>
              <Link href={staffJobEditPath(job.id)}>Edit job</Link>
            </>
          )}
        </p>
        <h1 className="text-3xl font-bold text-ink">Interview plan</h1>
        <p className="text-ink-muted">
          {job.title}. Stages and scorecard attributes are set in the job editor
          {canEditJob ? "" : " (by recruiters and admins)"}.
        </p>
      </header>
      <FormProvider {...form}>
        <form
          noValidate
          aria-label="Interview plan"
          className="space-y-8"
          onSubmit={(event) => form.handleSubmit(onValid, (errors) => showSummary(flattenFormErrors(errors)))(event)}
        >
          <FormErrorSummary
            title="The interview plan was not saved"
            errors={summary.errors}
            message={summary.message}
            focusKey={summary.focusKey}
          />
          <EditorSection
            id="plan"
            title="Interviews by stage"
            description="Coordinators schedule these; each scorecard asks about its interview's focus attributes."
          >
            {removed.map((item) => (
              <Alert key={item.planItemId} variant="warning" live="off" title={`Removing “${item.name}”`}>
                <div className="flex flex-wrap items-center gap-3">
                  <p>{removalNotice(plan.scheduledByPlanItemId[item.planItemId!] ?? 0)}</p>
                  <Button size="sm" variant="secondary" onClick={() => keep(item)}>
                    Keep “{item.name}”
                  </Button>
                </div>
              </Alert>
            ))}
            <PlanItemsEditor
              stages={plan.stages}
              attributes={plan.attributes}
              scheduledByPlanItemId={plan.scheduledByPlanItemId}
              onRemovedScheduled={(item) => setRemoved((previous) => [...previous, item])}
            />
          </EditorSection>
          <EditorSection id="feedback" title="Feedback">
            <FeedbackSettingsFields canChangeRule={plan.canChangeFeedbackRule} />
          </EditorSection>
          <SaveBar label="Save interview plan" submitting={form.formState.isSubmitting} saved={saved} />
        </form>
      </FormProvider>
    </div>
  );
}
