"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { saveJobOfferSettingsAction } from "@/app/(hiring)/hiring/jobs/[jobId]/offer-settings/actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { CheckboxInputField, SelectField, useFieldState } from "@/components/forms/form-fields";
import { SaveBar } from "@/components/forms/save-bar";
import { useOfferFormResult } from "@/components/offers/use-offer-form-result";
import { Fieldset } from "@/components/ui/fieldset";
import { ROLE_LABELS } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import {
  jobOfferSettingsFormSchema,
  type JobOfferSettingsFormInput,
  type JobOfferSettingsInput,
} from "@/lib/offers/schema";

type Props = {
  initialValues: JobOfferSettingsFormInput;
  eligible: { id: string; name: string | null; email: string; role: StaffRole }[];
};

/** The job's offer approvers in order, and whether its offers need the export-control review. */
export function JobOfferSettingsForm({ initialValues, eligible }: Props) {
  const form = useForm<JobOfferSettingsFormInput, unknown, JobOfferSettingsInput>({
    resolver: zodResolver(jobOfferSettingsFormSchema),
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const { summary, done, handle, onInvalid } = useOfferFormResult(form.setError);
  const approvers = useFieldState("approverIds");
  const onValid = async (values: JobOfferSettingsInput) => {
    handle(await saveJobOfferSettingsAction(values));
  };
  return (
    <FormProvider {...form}>
      <form noValidate className="space-y-6" onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}>
        <FormErrorSummary
          title="The offer settings were not saved"
          errors={summary.errors}
          message={summary.message}
          focusKey={summary.focusKey}
        />
        <Fieldset
          id={approvers.id}
          tabIndex={-1}
          legend="Approvers, in order"
          description="Each approves or sends back the terms in turn; nothing reaches the candidate before all have approved, and one of them must be someone other than whoever set the terms. Changing the approvers starts approval over for this job's offers not yet released. Admins, recruiters and this job's hiring managers can be named."
          error={approvers.error}
        >
          <div className="grid gap-3 sm:grid-cols-2">
            {initialValues.approverIds.map((_, index) => (
              <SelectField key={index} path={`approverIds.${index}`} label={`Approver ${index + 1}`}>
                <option value="">{index === 0 ? "Choose someone" : "Nobody"}</option>
                {eligible.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name ?? user.email} ({ROLE_LABELS[user.role]})
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
        </Fieldset>
        <CheckboxInputField
          path="exportControlled"
          label="This job involves export-controlled technology"
          hint="Its offers then need an admin's export-control review before release, and a conditional offer's letter carries the licence clause."
        />
        <SaveBar label="Save offer settings" submitting={form.formState.isSubmitting} saved={done} />
      </form>
    </FormProvider>
  );
}
