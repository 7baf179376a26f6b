"use client";
import { useState } from "react";
import { FormProvider, useFieldArray } from "react-hook-form";
import { saveAvailabilityAction } from "@/app/(hiring)/hiring/availability/actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { SelectField, TextInputField } from "@/components/forms/form-fields";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/fieldset";
import { browserTimeZone } from "@/components/interviews/interview-form-values";
import { isoDay } from "@/lib/format/dates";
import { timeZoneLabel, timeZoneOptions } from "@/lib/interviews/time-zones";
import { WEEKDAY_LABELS, WEEKDAY_ORDER } from "@/lib/self-scheduling/labels";
import {
  availabilityFormSchema,
  SELF_SCHEDULING_LIMITS,
  type AvailabilityFormValues,
} from "@/lib/self-scheduling/schema";
import { useActionForm } from "./use-action-form";

/** Weekly hours for someone who has set none: Monday to Friday, 9 to 5, in their browser's zone. */
const starterValues = (): AvailabilityFormValues => ({
  timeZone: browserTimeZone(),
  windows: ["1", "2", "3", "4", "5"].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
  exceptions: [],
});

/** Weekly hours and days away, edited by their owner (or an admin). */
export function AvailabilityForm({ userId, values }: { userId: string; values: AvailabilityFormValues | null }) {
  const [status, setStatus] = useState<string | null>(null);
  const [defaults] = useState(() => values ?? starterValues());
  const { form, submit, failure, focusKey, errors } = useActionForm(
    availabilityFormSchema,
    defaults,
    (input) => saveAvailabilityAction(userId, input),
    setStatus,
  );
  const windows = useFieldArray({ control: form.control, name: "windows" });
  const exceptions = useFieldArray({ control: form.control, name: "exceptions" });
  const zones = timeZoneOptions(browserTimeZone(), defaults.timeZone);
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-6">
        <FormErrorSummary
          title="The availability could not be saved"
          errors={errors}
          message={failure}
          focusKey={focusKey}
        />
        <SelectField path="timeZone" label="Your time zone" required hint="Your hours below are in this zone.">
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneLabel(zone)}
            </option>
          ))}
        </SelectField>

        <Fieldset id="availability-windows" legend="Weekly hours" description="The times you can interview, each week.">
          <ul className="space-y-3">
            {windows.fields.map((field, index) => (
              <li key={field.id} className="flex flex-wrap items-end gap-3">
                <SelectField path={`windows.${index}.weekday`} label={`Day (range ${index + 1})`} required>
                  {WEEKDAY_ORDER.map((day) => (
                    <option key={day} value={String(day)}>
                      {WEEKDAY_LABELS[day]}
                    </option>
                  ))}
                </SelectField>
                <TextInputField path={`windows.${index}.start`} label="From" type="time" step={60} required />
                <TextInputField path={`windows.${index}.end`} label="To" type="time" step={60} required />
                <Button variant="secondary" size="sm" onClick={() => windows.remove(index)}>
                  Remove range {index + 1}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            disabled={windows.fields.length >= SELF_SCHEDULING_LIMITS.windows}
            onClick={() => windows.append({ weekday: "1", start: "09:00", end: "17:00" })}
          >
            Add hours
          </Button>
        </Fieldset>

        <Fieldset
          id="availability-exceptions"
          legend="Days away"
          description="Whole days you cannot interview (holidays, travel), first to last."
        >
          {exceptions.fields.length === 0 && <p className="text-ink-muted">No days away.</p>}
          <ul className="space-y-3">
            {exceptions.fields.map((field, index) => (
              <li key={field.id} className="flex flex-wrap items-end gap-3">
                <TextInputField
                  path={`exceptions.${index}.firstDay`}
                  label={`First day (away ${index + 1})`}
                  type="date"
                  required
                />
                <TextInputField path={`exceptions.${index}.lastDay`} label="Last day" type="date" required />
                <TextInputField
                  path={`exceptions.${index}.note`}
                  label="Note"
                  markOptional
                  maxLength={SELF_SCHEDULING_LIMITS.exceptionNote}
                />
                <Button variant="secondary" size="sm" onClick={() => exceptions.remove(index)}>
                  Remove days away {index + 1}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            disabled={exceptions.fields.length >= SELF_SCHEDULING_LIMITS.exceptions}
            onClick={() => {
              const today = isoDay(new Date());
              exceptions.append({ firstDay: today, lastDay: today, note: "" });
            }}
          >
            Add days away
          </Button>
        </Fieldset>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : "Save availability"}
          </Button>
          <p role="status" className="text-sm text-success">
            {status}
          </p>
        </div>
      </form>
    </FormProvider>
  );
}
