"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionErrorSummary, errorAt } from "@/components/forms/action-error-summary";
import { fieldDomId } from "@/components/forms/form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { CandidateActionState } from "@/lib/candidate-rights/schema";

type Action = (previous: CandidateActionState, form: FormData) => Promise<CandidateActionState>;
type Props = {
  offerId: string;
  wording: { id: string; version: string; language: string; body: string };
  accept: Action;
  decline: Action;
};

/** Accept by typing one's full name under the acceptance wording (its version is recorded), or decline. */
export function OfferAnswerForms({ offerId, wording, accept, decline }: Props) {
  const [accepted, acceptAction, accepting] = useActionState(accept, null);
  const [declined, declineAction, declining] = useActionState(decline, null);
  const t = useTranslations("status.offer");
  return (
    <div className="space-y-8">
      <form action={acceptAction} className="space-y-4" aria-labelledby="accept-offer-heading">
        <h3 id="accept-offer-heading" className="text-lg font-semibold text-ink">
          {t("acceptHeading")}
        </h3>
        <ActionErrorSummary state={accepted} title={t("notRecorded")} />
        <input type="hidden" name="offerId" value={offerId} />
        <input type="hidden" name="wordingVersionId" value={wording.id} />
        <p className="text-ink" id="acceptance-wording">
          {/* The wording falls back to English where the page's language has no version. */}
          <span lang={wording.language}>{wording.body}</span>{" "}
          <span className="text-ink-muted">{t("wordingVersion", { version: wording.version })}</span>
        </p>
        <Field id={fieldDomId("fullName")} label={t("fullName")} required error={errorAt(accepted, "fullName")}>
          <Input
            name="fullName"
            autoComplete="name"
            maxLength={200}
            aria-describedby="acceptance-wording"
            defaultValue={(accepted?.values?.fullName as string | undefined) ?? ""}
          />
        </Field>
        <Button type="submit" disabled={accepting || declining}>
          {accepting ? t("accepting") : t("accept")}
        </Button>
      </form>
      <form action={declineAction} className="space-y-4" aria-labelledby="decline-offer-heading">
        <h3 id="decline-offer-heading" className="text-lg font-semibold text-ink">
          {t("declineHeading")}
        </h3>
        <ActionErrorSummary state={declined} title={t("notRecorded")} />
        <input type="hidden" name="offerId" value={offerId} />
        <Field
          id={fieldDomId("reason")}
          label={t("why")}
          markOptional
          hint={t("whyHint")}
          error={errorAt(declined, "reason")}
        >
          <Textarea
            name="reason"
            rows={3}
            maxLength={2000}
            defaultValue={(declined?.values?.reason as string | undefined) ?? ""}
          />
        </Field>
        <Button type="submit" variant="danger" disabled={accepting || declining}>
          {declining ? t("declining") : t("decline")}
        </Button>
      </form>
    </div>
  );
}
