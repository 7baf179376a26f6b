"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { flattenFormErrors } from "@/components/forms/form-errors";
import { TextInputField } from "@/components/forms/form-fields";
import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";
import type { SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import {
  INTERVIEW_FORM_FIELDS,
  interviewFormSchema,
  type InterviewFormInput,
  type InterviewFormValues,
} from "@/lib/interviews/schema";
import { timeZoneOptions } from "@/lib/interviews/time-zones";
import { PlaceFields, PlanItemAndTitleFields, ZoneAndLengthFields } from "./interview-fields";
import { browserTimeZone } from "./interview-form-values";
import { PanelPicker } from "./panel-picker";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

type Props = {
  defaultValues: InterviewFormValues;
  options: SchedulingOptions;
  submitLabel: string;
  onSubmit: (values: InterviewFormValues) => Promise<ActionResult<object, ConflictFailure>>;
  onDone: (message: string) => void;
};

/** Schedule or reschedule: the same fields, validated by the schema the server action uses. */
export function InterviewForm({ defaultValues, options, submitLabel, onSubmit, onDone }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | undefined>();
  const [focusKey, setFocusKey] = useState(0);
  const form = useForm<InterviewFormValues, unknown, InterviewFormInput>({
    resolver: zodResolver(interviewFormSchema),
    defaultValues,
  });
  const { errors, isSubmitting } = form.formState;
  const zones = timeZoneOptions(browserTimeZone(), defaultValues.timeZone);

  const submit = form.handleSubmit(
    async () => {
      setFailure(undefined);
      // The action parses the raw values with the same schema, so send them as typed.
      const result = await onSubmit(form.getValues());
      if (result.ok) return onDone(result.message);
      for (const field of INTERVIEW_FORM_FIELDS) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) form.setError(field, { message });
      }
      setFailure(result.message);
      setFocusKey((key) => key + 1);
      // Someone else changed the interview meanwhile: the page behind shows it as it is now.
      if ("conflict" in result && result.conflict) router.refresh();
    },
    () => setFocusKey((key) => key + 1),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
        <FormErrorSummary
          title="The interview could not be saved"
          errors={flattenFormErrors(errors)}
          message={failure}
          focusKey={focusKey}
        />
        <PlanItemAndTitleFields
          planItems={options.planItems}
          titleHint="What the candidate and the panel see, e.g. “Systems design”."
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInputField path="date" label="Date" type="date" required />
          <TextInputField path="time" label="Start time" type="time" step={60} required />
        </div>
        <ZoneAndLengthFields zones={zones} zoneHint="Times are sent to everyone in this zone." />
        <PlaceFields />
        <PanelPicker staff={options.staff} />
        {options.arrangement && (
          <p className="rounded-md border border-line bg-canvas p-3 text-sm text-ink">
            The panel&apos;s emails include the arrangement agreed with the candidate: “{options.arrangement}”
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-3">
          <DialogClose asChild>
            <Button variant="secondary">Close</Button>
          </DialogClose>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Sending…" : submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
