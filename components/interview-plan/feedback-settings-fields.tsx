"use client";
import { Controller, useFormContext } from "react-hook-form";
import { TextInputField } from "@/components/forms/form-fields";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import type { FeedbackVisibility } from "@/lib/generated/prisma/enums";
import { FEEDBACK_VISIBILITY_OPTIONS } from "@/lib/interview-plan/labels";
import { INTERVIEW_PLAN_LIMITS, type InterviewPlanValues } from "@/lib/interview-plan/schema";

const OPTIONS = Object.entries(FEEDBACK_VISIBILITY_OPTIONS) as [FeedbackVisibility, { label: string; hint: string }][];

/**
 * Blind feedback and the scorecard deadline: the job's rules for every interview in the plan.
 * The rule is shown to coordinators but not theirs to change (the server refuses it too).
 */
export function FeedbackSettingsFields({ canChangeRule }: { canChangeRule: boolean }) {
  const { control, formState } = useFormContext<InterviewPlanValues>();
  return (
    <div className="space-y-6">
      <Controller
        control={control}
        name="feedbackVisibility"
        render={({ field }) => (
          <Fieldset
            id={fieldDomId("feedbackVisibility")}
            legend="When may an interviewer read the other interviewers' scorecards?"
            description={
              canChangeRule
                ? "Enforced on the server. The hiring manager and recruiters always see them side by side, unless they sit on the panel and have not submitted yet."
                : "Set by recruiters and admins: whoever plans or schedules the interviews does not decide who reads the feedback."
            }
            error={messageAt(formState.errors, "feedbackVisibility")}
            required
          >
            {(group) => (
              <RadioGroup
                {...group}
                value={field.value}
                onValueChange={field.onChange}
                name={field.name}
                disabled={!canChangeRule}
              >
                {OPTIONS.map(([value, option]) => (
                  <RadioGroupItem
                    key={value}
                    id={`feedback-${value}`}
                    value={value}
                    label={option.label}
                    hint={option.hint}
                  />
                ))}
              </RadioGroup>
            )}
          </Fieldset>
        )}
      />
      <TextInputField
        path="scorecardDueHours"
        label="Scorecard due (hours after the interview ends)"
        hint={`The interviewer gets a reminder when their scorecard is not submitted by then. From ${INTERVIEW_PLAN_LIMITS.minDueHours} to ${INTERVIEW_PLAN_LIMITS.maxDueHours} hours (two weeks).`}
        required
        inputMode="numeric"
        autoComplete="off"
        className="max-w-xs"
      />
    </div>
  );
}
