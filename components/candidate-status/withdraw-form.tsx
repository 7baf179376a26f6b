"use client";
import Link from "next/link";
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
  const options = [
    { value: "", label: "I would rather not say" },
    ...reasons.map((reason) => ({ value: String(reason.id), label: reason.label })),
  ];
  return (
    <form action={formAction} className="space-y-6" key={JSON.stringify(state?.values ?? null)}>
      <ActionErrorSummary state={state} title="Your application was not withdrawn" />
      <ChoiceFieldset
        id={fieldDomId("reasonId")}
        inputProps={{ name: "reasonId" }}
        legend="Would you tell us why?"
        markOptional
        description="It helps us improve; it changes nothing about how we treat any future application."
        options={options}
        defaultValue={(state?.values?.reasonId as string | undefined) ?? ""}
        error={errorAt(state, "reasonId")}
      />
      <ConfirmCheckbox
        label="I understand that withdrawing ends this application and cannot be undone"
        error={errorAt(state, "confirm")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Withdrawing…" : "Withdraw my application"}
        </Button>
        <Link href={statusHref} className="text-brand underline">
          Keep my application
        </Link>
      </div>
    </form>
  );
}
