"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { Controller, FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { recordHiringDecisionAction } from "@/app/(hiring)/hiring/applications/[applicationId]/scorecards/decision-actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { fieldDomId, flattenFormErrors, type SummaryError } from "@/components/forms/form-errors";
import { TextareaField } from "@/components/forms/form-fields";
import { RejectionDetailsFields } from "@/components/pipeline/rejection-details-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import type { DecisionView } from "@/lib/decisions/get-decision-view";
import {
  DECISION_NOTE_MAX_LENGTH,
  hiringDecisionFormSchema,
  type HiringDecisionForm,
  type HiringDecisionFormInput,
} from "@/lib/decisions/schema";
import type { MergeData } from "@/lib/email/merge-fields";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";
import { preferredFullName } from "@/lib/format/names";

type Props = Pick<DecisionView, "application" | "targets" | "rejectionOptions" | "senderName">;

const emptyValues = (application: Props["application"]): HiringDecisionFormInput => ({
  applicationId: application.id,
  expectedVersion: application.version,
  kind: "" as HiringDecisionFormInput["kind"],
  note: "",
  reasonId: "",
  sendEmail: true,
  templateId: "",
  subject: "",
  body: "",
});

/** Advance, reject with a reason (and optional email), or make an offer; with a note for the timeline. */
export function DecisionForm({ application, targets, rejectionOptions, senderName }: Props) {
  const form = useForm<HiringDecisionFormInput, unknown, HiringDecisionForm>({
    resolver: zodResolver(hiringDecisionFormSchema),
    defaultValues: emptyValues(application),
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const [done, setDone] = useState<string | null>(null);
  const [kind, sendEmail] = useWatch({ control: form.control, name: ["kind", "sendEmail"] });
  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));

  // The page re-renders after every decision and after a conflict: the next decision is about
  // the state it shows now (what the decider typed stays).
  useEffect(() => {
    form.setValue("expectedVersion", application.version);
  }, [application.version, form]);

  const reasons = rejectionOptions.reasons.filter((reason) => reason.kind === "WE_REJECTED");

  const onValid = async (values: HiringDecisionForm) => {
    setDone(null);
    const result: ActionResult<object, ConflictFailure> = await recordHiringDecisionAction(values);
    if (result.ok) {
      setSummary((previous) => ({ errors: [], focusKey: previous.focusKey }));
      form.reset({ ...emptyValues(application), expectedVersion: form.getValues("expectedVersion") });
      setDone(result.message);
      return;
    }
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(path as FieldPath<HiringDecisionFormInput>, { type: "server", message: messages[0] });
    }
    showSummary(
      Object.entries(result.fieldErrors ?? {}).map(([path, messages]) => ({
        path,
        message: messages[0] ?? "Check this field",
      })),
      result.message,
    );
  };

  const { candidate } = application;
  const candidateName = preferredFullName(candidate);
  const preview: MergeData = {
    candidate,
    job: { title: application.job.title },
    organization: { name: application.job.organizationName },
    application: { reference: application.reference },
    sender: { name: senderName },
  };
  const errors = form.formState.errors;

  return (
    <div className="space-y-5">
      {done && (
        <Alert variant="success" title="Done">
          {done}
        </Alert>
      )}
      {application.status !== "ACTIVE" ? (
        <p className="text-ink-muted">This application is closed, so there is nothing left to decide.</p>
      ) : (
        <FormProvider {...form}>
          <form
            noValidate
            className="space-y-5"
            onSubmit={(event) =>
              void form.handleSubmit(onValid, (invalid) => showSummary(flattenFormErrors(invalid)))(event)
            }
          >
            <FormErrorSummary
              title="The decision was not recorded"
              errors={summary.errors}
              message={summary.message}
              focusKey={summary.focusKey}
            />
            <Fieldset id={fieldDomId("kind")} legend="Decision" required error={errors.kind?.message}>
              {(group) => (
                <Controller
                  control={form.control}
                  name="kind"
                  render={({ field }) => (
                    <RadioGroup {...group} value={field.value} onValueChange={field.onChange}>
                      <RadioGroupItem
                        id={`${fieldDomId("kind")}-advance`}
                        value="ADVANCE"
                        disabled={!targets.next}
                        label={
                          targets.next
                            ? `Advance to ${targets.next.name}`
                            : "Advance (the candidate is in the last stage)"
                        }
                      />
                      <RadioGroupItem
                        id={`${fieldDomId("kind")}-offer`}
                        value="MAKE_OFFER"
                        disabled={!targets.offer}
                        label={
                          targets.offer
                            ? `Make an offer (move to ${targets.offer.name})`
                            : "Make an offer (no offer stage ahead)"
                        }
                      />
                      <RadioGroupItem id={`${fieldDomId("kind")}-reject`} value="REJECT" label="Reject" />
                    </RadioGroup>
                  )}
                />
              )}
            </Fieldset>
            {kind === "REJECT" && (
              <div className="space-y-4 border-l-2 border-line pl-4">
                <RejectionDetailsFields
                  reasons={reasons}
                  templates={rejectionOptions.templates}
                  emailLabel="Email the candidate"
                  preview={{ data: preview, recipientName: candidateName, recipientLocales: [application.locale] }}
                />
              </div>
            )}
            <TextareaField
              path="note"
              label="Note for the timeline"
              rows={4}
              maxLength={DECISION_NOTE_MAX_LENGTH}
              hint="Why the panel decided this. Staff who can see this application read it; the candidate never does."
            />
            <Button
              type="submit"
              variant={kind === "REJECT" ? "danger" : "primary"}
              disabled={form.formState.isSubmitting}
            >
              {form.formState.isSubmitting
                ? "Saving…"
                : kind === "REJECT" && sendEmail
                  ? "Record decision and send email"
                  : "Record decision"}
            </Button>
          </form>
        </FormProvider>
      )}
    </div>
  );
}
