"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ActionErrorSummary, errorAt } from "@/components/forms/action-error-summary";
import { fieldDomId } from "@/components/forms/form-errors";
import { Field } from "@/components/ui/field";
import { ChoiceFieldset } from "@/components/ui/native-choice";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { ACCOMMODATION_WORDING as WORDING } from "@/lib/accommodations/wording";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import type { CandidateActionState } from "@/lib/candidate-rights/schema";

type Option = { value: string; label: string };

type Props = {
  action: (previous: CandidateActionState, form: FormData) => Promise<CandidateActionState>;
  formVersionId: string;
  options: { kinds: Option[]; contact: Option[] };
  saved: { kinds: string[]; details: string; preferredContact: string } | null;
  statusHref: string;
};

/** Add or change the accommodation request, with the application form's words and rules. */
export function AccommodationForm({ action, formVersionId, options, saved, statusHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state?.values ?? saved ?? { kinds: [], details: "", preferredContact: "" };
  const detailsError = errorAt(state, "request.details");
  return (
    <form action={formAction} className="space-y-6" key={JSON.stringify(state?.values ?? null)}>
      <ActionErrorSummary state={state} title="Your request was not saved" />
      <input type="hidden" name="formVersionId" value={formVersionId} />
      <ChoiceFieldset
        id={fieldDomId("request.kinds")}
        inputProps={{ name: "request.kinds" }}
        legend={WORDING.kindsLegend}
        description={WORDING.kindsHint}
        options={options.kinds}
        defaultValue={values.kinds}
        error={errorAt(state, "request.kinds")}
        multiple
        markOptional
      />
      <Field
        id={fieldDomId("request.details")}
        label={WORDING.detailsLabel}
        hint={WORDING.detailsHint}
        error={detailsError}
      >
        <Textarea
          name="request.details"
          rows={6}
          maxLength={TEXT_LIMITS.accommodationDetails}
          defaultValue={values.details as string}
        />
      </Field>
      <ChoiceFieldset
        id={fieldDomId("request.preferredContact")}
        inputProps={{ name: "request.preferredContact" }}
        legend={WORDING.contactLegend}
        options={options.contact}
        defaultValue={values.preferredContact}
        error={errorAt(state, "request.preferredContact")}
        required
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : saved ? "Save changes" : "Send my request"}
        </Button>
        <Link href={statusHref} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
