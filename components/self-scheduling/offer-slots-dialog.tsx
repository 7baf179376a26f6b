"use client";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { offerSlotsAction } from "@/app/(hiring)/hiring/applications/[applicationId]/slot-offer-actions";
import { FormDialog } from "@/components/forms/form-dialog";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextInputField } from "@/components/forms/form-fields";
import { PlaceFields, PlanItemAndTitleFields, ZoneAndLengthFields } from "@/components/interviews/interview-fields";
import { browserTimeZone } from "@/components/interviews/interview-form-values";
import { PanelPicker } from "@/components/interviews/panel-picker";
import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";
import type { SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import { timeZoneOptions } from "@/lib/interviews/time-zones";
import { wallTimeOf } from "@/lib/interviews/wall-time";
import { offerSlotsFormSchema, type OfferSlotsFormValues } from "@/lib/self-scheduling/schema";
import { useActionForm } from "./use-action-form";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The next two weeks from tomorrow, in the coordinator's zone. */
function newOfferValues(timeZone: string, now = new Date()): OfferSlotsFormValues {
  return {
    planItemId: "",
    title: "",
    durationMinutes: "60",
    timeZone,
    firstDay: wallTimeOf(new Date(now.getTime() + DAY_MS), timeZone).date,
    lastDay: wallTimeOf(new Date(now.getTime() + 14 * DAY_MS), timeZone).date,
    location: "",
    videoUrl: "",
    panelUserIds: [],
  };
}

/** "Offer times": the candidate picks one of the times the whole panel is free, on their status page. */
export function OfferSlotsDialog({ applicationId, options }: { applicationId: string; options: SchedulingOptions }) {
  return (
    <FormDialog
      trigger={{ label: "Offer times", variant: "secondary" }}
      title="Offer the candidate times to choose"
      description="Trellis finds the times everyone on the panel is free (their availability minus their interviews) and emails the candidate a link to choose one. The invitations go out when they choose."
    >
      {(onDone) => <OfferSlotsForm applicationId={applicationId} options={options} onDone={onDone} />}
    </FormDialog>
  );
}

function OfferSlotsForm({
  applicationId,
  options,
  onDone,
}: {
  applicationId: string;
  options: SchedulingOptions;
  onDone: (message: string) => void;
}) {
  const [defaults] = useState(() => newOfferValues(browserTimeZone()));
  const { form, submit, failure, focusKey, errors } = useActionForm(
    offerSlotsFormSchema,
    defaults,
    (values) => offerSlotsAction(applicationId, values),
    onDone,
  );
  const zones = timeZoneOptions(defaults.timeZone);
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
        <FormErrorSummary
          title="The times could not be offered"
          errors={errors}
          message={failure}
          focusKey={focusKey}
        />
        <PlanItemAndTitleFields planItems={options.planItems} titleHint="What the candidate and the panel see." />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInputField path="firstDay" label="From" type="date" required />
          <TextInputField path="lastDay" label="To" type="date" required hint="Days in the time zone below." />
        </div>
        <ZoneAndLengthFields zones={zones} zoneHint="The invitations name this zone." />
        <PlaceFields />
        <PanelPicker staff={options.staff} />
        <div className="flex flex-wrap justify-end gap-3">
          <DialogClose asChild>
            <Button variant="secondary">Close</Button>
          </DialogClose>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Finding times…" : "Offer times and email the candidate"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
