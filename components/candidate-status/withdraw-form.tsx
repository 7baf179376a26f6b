"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { CandidateActionState } from "@/lib/candidate-rights/schema";
import { ActionErrorSummary, errorAt } from "@/components/forms/action-error-summary";
import { fieldDomId } from "@/components/forms/form-errors";
import { ChoiceFieldset } from "@/components/ui/native-choice";
import { ConfirmCheckbox } from "./confirm-checkbox";

type Props = {
  action: (previous: CandidateActionState, form: FormData) => Promise<CandidateActionState>;
  reasons: { id: number; label: string }[];
  statusHref: string;
};

/** The confirm step of withdrawing: an optional reason, an explicit "I understand", then submit. */
export function WithdrawForm({ action, reasons, statusHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations("status.withdraw");
  const options = [
    { value: "", label: t("rather") },
    ...reasons.map((reason) => ({ value: String(reason.id), label: reason.label })),
  ];
  return (
    <form action={formAction} className="space-y-6" key={JSON.stringify(state?.values ?? null)}>
      <ActionErrorSummary state={state} title={t("notWithdrawn")} />
      <ChoiceFieldset
        id={fieldDomId("reasonId")}
        inputProps={{ name: "reasonId" }}
        legend={t("why")}
        markOptional
        description={t("whyHint")}
        options={options}
        defaultValue={(state?.values?.reasonId as string | undefined) ?? ""}
        error={errorAt(state, "reasonId")}
      />
      <ConfirmCheckbox label={t("confirm")} error={errorAt(state, "confirm")} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("withdrawing") : t("button")}
        </Button>
        <Link href={statusHref} className="text-brand underline">
          {t("keep")}
        </Link>
      </div>
    </form>
  );
}
