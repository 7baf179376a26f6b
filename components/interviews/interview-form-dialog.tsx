"use client";
import {
  rescheduleInterviewAction,
  scheduleInterviewAction,
} from "@/app/(hiring)/hiring/applications/[applicationId]/interview-actions";
import { FormDialog, type FormDialogTrigger } from "@/components/forms/form-dialog";
import type { ApplicationInterview, SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import type { InterviewFormValues } from "@/lib/interviews/schema";
import { InterviewForm } from "./interview-form";
import { browserTimeZone, interviewValues, newInterviewValues } from "./interview-form-values";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

type DialogProps = {
  trigger: FormDialogTrigger;
  title: string;
  description: string;
  submitLabel: string;
  // Called when the dialog opens: the browser's zone and today's date are only known there.
  initialValues: () => InterviewFormValues;
  options: SchedulingOptions;
  onSubmit: (values: InterviewFormValues) => Promise<ActionResult<object, ConflictFailure>>;
};

function InterviewFormDialog({
  trigger,
  title,
  description,
  submitLabel,
  initialValues,
  options,
  onSubmit,
}: DialogProps) {
  return (
    <FormDialog trigger={trigger} title={title} description={description}>
      {(onDone) => (
        <InterviewForm
          defaultValues={initialValues()}
          options={options}
          submitLabel={submitLabel}
          onSubmit={onSubmit}
          onDone={onDone}
        />
      )}
    </FormDialog>
  );
}

export function ScheduleInterviewDialog({
  applicationId,
  options,
}: {
  applicationId: string;
  options: SchedulingOptions;
}) {
  return (
    <InterviewFormDialog
      trigger={{ label: "Schedule interview", variant: "primary" }}
      title="Schedule an interview"
      description="The candidate and each panel member get an email with a calendar invitation when you save."
      submitLabel="Schedule and send invitations"
      initialValues={() => newInterviewValues(browserTimeZone())}
      options={options}
      onSubmit={(values) => scheduleInterviewAction(applicationId, values)}
    />
  );
}

export function RescheduleInterviewDialog({
  interview,
  options,
}: {
  interview: ApplicationInterview;
  options: SchedulingOptions;
}) {
  return (
    <InterviewFormDialog
      trigger={{ label: "Reschedule", accessibleLabel: `Reschedule ${interview.title}`, variant: "secondary" }}
      title={`Reschedule: ${interview.title}`}
      description="Everyone on the panel gets the updated invitation; anyone you remove gets a cancellation; the candidate hears about changes to the time or place."
      submitLabel="Save and send updates"
      initialValues={() => interviewValues(interview)}
      options={options}
      onSubmit={(values) => rescheduleInterviewAction(interview.id, interview.calendarSequence, values)}
    />
  );
}
