"use client";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { setSelfScheduleCutoffAction } from "@/app/(hiring)/hiring/jobs/[jobId]/interview-plan/self-schedule-actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextInputField } from "@/components/forms/form-fields";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SELF_SCHEDULING_LIMITS, selfScheduleCutoffSchema } from "@/lib/self-scheduling/schema";
import { useActionForm } from "./use-action-form";

/** The job's cut-off: how late a candidate may still move or cancel an interview they booked. */
export function SelfScheduleCutoffForm({ jobId, cutoffHours }: { jobId: number; cutoffHours: number }) {
  const [status, setStatus] = useState<string | null>(null);
  const { form, submit, failure, focusKey, errors } = useActionForm(
    selfScheduleCutoffSchema,
    { jobId, cutoffHours: String(cutoffHours) },
    setSelfScheduleCutoffAction,
    setStatus,
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>Candidates booking their own interviews</CardTitle>
      </CardHeader>
      <CardContent>
        <FormProvider {...form}>
          <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
            <FormErrorSummary
              title="The cut-off could not be saved"
              errors={errors}
              message={failure}
              focusKey={focusKey}
            />
            <TextInputField
              path="cutoffHours"
              label="Cut-off in hours"
              inputMode="numeric"
              required
              className="max-w-xs"
              hint={`Candidates can book, move or cancel a time up to this many hours before it (0 to ${SELF_SCHEDULING_LIMITS.maxCutoffHours}). Later, they reply to the email.`}
            />
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={form.formState.isSubmitting}>
                Save cut-off
              </Button>
              <p role="status" className="text-sm text-success">
                {status}
              </p>
            </div>
          </form>
        </FormProvider>
      </CardContent>
    </Card>
  );
}
