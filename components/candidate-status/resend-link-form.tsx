"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionErrorSummary, errorAt } from "@/components/forms/action-error-summary";
import { fieldDomId } from "@/components/forms/form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { CandidateActionState } from "@/lib/candidate-rights/schema";

type Props = { action: (previous: CandidateActionState, form: FormData) => Promise<CandidateActionState> };

/** One field: the email address the candidate applied with. */
export function ResendLinkForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations("status.resend");
  return (
    <form action={formAction} className="space-y-6" key={JSON.stringify(state?.values ?? null)}>
      <ActionErrorSummary state={state} title={t("notSent")} />
      <Field id={fieldDomId("email")} label={t("email")} error={errorAt(state, "email")} required>
        <Input
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={(state?.values?.email as string | undefined) ?? ""}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("button")}
      </Button>
    </form>
  );
}
