"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionErrorSummary, errorAt } from "@/components/forms/action-error-summary";
import { fieldDomId } from "@/components/forms/form-errors";
import { Field } from "@/components/ui/field";
import { ChoiceFieldset } from "@/components/ui/native-choice";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
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
  const t = useTranslations("status.accommodationForm");
  const values = state?.values ?? saved ?? { kinds: [], details: "", preferredContact: "" };
  const detailsError = errorAt(state, "request.details");
  return (
    <form action={formAction} className="space-y-6" key={JSON.stringify(state?.values ?? null)}>
      <ActionErrorSummary state={state} title={t("notSaved")} />
      <input type="hidden" name="formVersionId" value={formVersionId} />
      <ChoiceFieldset
        id={fieldDomId("request.kinds")}
        inputProps={{ name: "request.kinds" }}
        legend={t("kindsLegend")}
        description={t("kindsHint")}
        options={options.kinds}
        defaultValue={values.kinds}
        error={errorAt(state, "request.kinds")}
        multiple
        markOptional
      />
      <Field id={fieldDomId("request.details")} label={t("detailsLabel")} hint={t("detailsHint")} error={detailsError}>
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
        legend={t("contactLegend")}
        options={options.contact}
        defaultValue={values.preferredContact}
        error={errorAt(state, "request.preferredContact")}
        required
        requiredLabel={t("required")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : saved ? t("saveChanges") : t("send")}
        </Button>
        <Link href={statusHref} className="text-brand underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
