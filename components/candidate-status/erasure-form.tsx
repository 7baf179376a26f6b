"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { CandidateActionState } from "@/lib/candidate-rights/schema";
import { ActionErrorSummary, errorAt } from "@/components/forms/action-error-summary";
import { ConfirmCheckbox } from "./confirm-checkbox";

type Props = {
  action: (previous: CandidateActionState, form: FormData) => Promise<CandidateActionState>;
  statusHref: string;
};

/** The confirm step of asking for erasure (what happens is explained on the page around it). */
export function ErasureForm({ action, statusHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations("status.erase");
  return (
    <form action={formAction} className="space-y-6">
      <ActionErrorSummary state={state} title={t("notSent")} />
      <ConfirmCheckbox label={t("confirm")} error={errorAt(state, "confirm")} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("sending") : t("button")}
        </Button>
        <Link href={statusHref} className="text-brand underline">
          {t("keep")}
        </Link>
      </div>
    </form>
  );
}
