"use client";
import { useState } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { offerSlotsAction } from "@/app/(hiring)/hiring/applications/[applicationId]/slot-offer-actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { SelectField, TextInputField } from "@/components/forms/form-fields";
import { browserTimeZone } from "@/components/interviews/interview-form-values";
import { PanelPicker } from "@/components/interviews/panel-picker";
import { PlanItemOptions } from "@/components/interviews/plan-item-options";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import { INTERVIEW_LIMITS } from "@/lib/interviews/schema";
import { timeZoneLabel, timeZoneOptions } from "@/lib/interviews/time-zones";
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
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="secondary" size="sm" onClick={() => setStatus(null)}>
            Offer times
          </Button>
        </DialogTrigger>
        {open && (
          <DialogContent
            title="Offer the candidate times to choose"
            description="Trellis finds the times everyone on the panel is free (their availability minus their interviews) and emails the candidate a link to choose one. The invitations go out when they choose."
          >
            <OfferSlotsForm
              applicationId={applicationId}
              options={options}
              onDone={(message) => {
                setOpen(false);
                setStatus(message);
              }}
            />
          </DialogContent>
        )}
      </Dialog>
      <p role="status" className="text-sm text-success">
        {status}
      </p>
    </div>
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
  const planItemId = useWatch({ control: form.control, name: "planItemId" });
  const zones = timeZoneOptions(defaults.timeZone);
  const onPlanItemChange = (value: string) => {
    const item = options.planItems.find((candidate) => String(candidate.id) === value);
    if (item && !form.getFieldState("durationMinutes").isDirty)
      form.setValue("durationMinutes", String(item.durationMinutes));
  };
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
        <FormErrorSummary
          title="The times could not be offered"
          errors={errors}
          message={failure}
          focusKey={focusKey}
        />
        {options.planItems.length > 0 && (
          <Field
            id={fieldDomId("planItemId")}
            label="Interview from the job's plan"
            error={messageAt(form.formState.errors, "planItemId")}
          >
            <Select
              {...form.register("planItemId", { onChange: (event) => onPlanItemChange(String(event.target.value)) })}
            >
              <PlanItemOptions items={options.planItems} />
            </Select>
          </Field>
        )}
        <TextInputField
          path="title"
          label="Title"
          required={planItemId === ""}
          hint={
            planItemId === ""
              ? "What the candidate and the panel see."
              : "Leave blank to use the planned interview's name."
          }
          maxLength={INTERVIEW_LIMITS.title}
          autoComplete="off"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInputField path="firstDay" label="From" type="date" required />
          <TextInputField path="lastDay" label="To" type="date" required hint="Days in the time zone below." />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField path="timeZone" label="Time zone" required hint="The invitations name this zone.">
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {timeZoneLabel(zone)}
              </option>
            ))}
          </SelectField>
          <TextInputField
            path="durationMinutes"
            label="Length in minutes"
            inputMode="numeric"
            required
            hint={`${INTERVIEW_LIMITS.minDuration} to ${INTERVIEW_LIMITS.maxDuration}`}
          />
        </div>
        <TextInputField
          path="location"
          label="Location"
          hint="A room or address. Give a location, a video link, or both."
          maxLength={INTERVIEW_LIMITS.location}
        />
        <TextInputField path="videoUrl" label="Video link" type="url" hint="Starts with https://" spellCheck={false} />
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
