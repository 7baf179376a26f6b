"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, FormProvider, useForm, useWatch } from "react-hook-form";
import { fieldDomId } from "@/components/forms/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import type { MergeData } from "@/lib/email/merge-fields";
import { legalFullName } from "@/lib/format/names";
import type { BoardCard } from "@/lib/pipeline/board-types";
import { peopleCount } from "@/lib/pipeline/labels";
import type { RejectionOptions } from "@/lib/pipeline/list-rejection-options";
import { rejectionFormSchema, type RejectionFormInput } from "@/lib/pipeline/schema";
import { RejectionDetailsFields } from "./rejection-details-fields";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

type RejectDialogProps = {
  cards: BoardCard[];
  options: RejectionOptions;
  context: { jobTitle: string; organizationName: string; senderName: string };
  onSubmit: (values: RejectionFormInput) => Promise<ActionResult<object, ConflictFailure>>;
  onClose: () => void;
  /** Where focus goes when it closes (default: back to what opened it, which a rejection may remove). */
  onCloseAutoFocus?: (event: Event) => void;
};

const FORM_FIELDS = ["kind", "reasonId", "subject", "body"] as const;

/** Reject (or record a withdrawal for) one or more candidates, with an optional email. */
export function RejectDialog({ cards, options, context, onSubmit, onClose, onCloseAutoFocus }: RejectDialogProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<RejectionFormInput>({
    resolver: zodResolver(rejectionFormSchema),
    defaultValues: { kind: "WE_REJECTED", reasonId: "", sendEmail: true, templateId: "", subject: "", body: "" },
  });
  const { isSubmitting } = form.formState;
  const [kind, sendEmail] = useWatch({ control: form.control, name: ["kind", "sendEmail"] });
  const reasons = options.reasons.filter((reason) => reason.kind === kind);
  const first = cards[0];

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await onSubmit(values);
    if (result.ok || result.conflict) return onClose();
    for (const field of FORM_FIELDS) {
      const message = Object.entries(result.fieldErrors ?? {}).find(
        ([path]) => path.split(".").at(-1) === field,
      )?.[1]?.[0];
      if (message) form.setError(field, { message }, { shouldFocus: true });
    }
    setFailure(result.message);
  });

  if (!first) return null;
  const who = cards.length === 1 ? legalFullName(first) : peopleCount(cards.length);
  const withdrawal = kind === "CANDIDATE_WITHDREW";
  const preview: MergeData = {
    candidate: { firstName: first.firstName, lastName: first.lastName, preferredName: first.preferredName },
    job: { title: context.jobTitle },
    organization: { name: context.organizationName },
    application: { reference: first.reference },
    sender: { name: context.senderName },
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={`Close the application: ${who}`}
        description="Record why, and let the candidate know if you like. Nothing is sent until you confirm."
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <FormProvider {...form}>
          <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
            {failure && <Alert variant="danger">{failure}</Alert>}
            <Fieldset id={fieldDomId("kind")} legend="Outcome" required>
              {(group) => (
                <Controller
                  control={form.control}
                  name="kind"
                  render={({ field }) => (
                    <RadioGroup
                      {...group}
                      value={field.value}
                      onValueChange={(value) => {
                        field.onChange(value);
                        form.setValue("reasonId", "");
                      }}
                    >
                      <RadioGroupItem
                        id={`${fieldDomId("kind")}-rejected`}
                        value="WE_REJECTED"
                        label="We rejected the candidate"
                      />
                      <RadioGroupItem
                        id={`${fieldDomId("kind")}-withdrew`}
                        value="CANDIDATE_WITHDREW"
                        label="The candidate withdrew"
                      />
                    </RadioGroup>
                  )}
                />
              )}
            </Fieldset>
            <RejectionDetailsFields
              reasons={reasons}
              templates={options.templates}
              emailLabel={cards.length === 1 ? "Email the candidate" : "Email each candidate"}
              preview={{
                data: preview,
                recipientName: legalFullName(first),
                recipientLocales: cards.map((card) => card.locale),
              }}
            />
            <div className="flex flex-wrap justify-end gap-3">
              <DialogClose asChild>
                <Button variant="secondary">Cancel</Button>
              </DialogClose>
              <Button type="submit" variant="danger" disabled={isSubmitting}>
                {isSubmitting
                  ? "Saving…"
                  : `${withdrawal ? "Record withdrawal" : "Reject"}${sendEmail ? " and send email" : ""}`}
              </Button>
            </div>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
