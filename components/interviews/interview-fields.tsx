"use client";
// Fields the interview form and the offer-times form share: what the interview is (from the plan
// or a title), its zone and length, and where it happens. Inside a FormProvider whose values
// have these names (InterviewFormValues, OfferSlotsFormValues).
import { useFormContext, useWatch } from "react-hook-form";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { SelectField, TextInputField } from "@/components/forms/form-fields";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { PlanItemOption } from "@/lib/interviews/load-application-interviews";
import { INTERVIEW_LIMITS } from "@/lib/interviews/schema";
import { timeZoneLabel } from "@/lib/interviews/time-zones";
import { PlanItemOptions } from "./plan-item-options";

type SharedValues = { planItemId: string; title: string; durationMinutes: string };

/** The plan item (bringing its usual length, unless one was typed) and the title. */
export function PlanItemAndTitleFields({ planItems, titleHint }: { planItems: PlanItemOption[]; titleHint: string }) {
  const form = useFormContext<SharedValues>();
  const planItemId = useWatch({ control: form.control, name: "planItemId" });
  const onPlanItemChange = (value: string) => {
    const item = planItems.find((candidate) => String(candidate.id) === value);
    if (item && !form.getFieldState("durationMinutes").isDirty)
      form.setValue("durationMinutes", String(item.durationMinutes));
  };
  return (
    <>
      {planItems.length > 0 && (
        <Field
          id={fieldDomId("planItemId")}
          label="Interview from the job's plan"
          error={messageAt(form.formState.errors, "planItemId")}
        >
          <Select
            {...form.register("planItemId", { onChange: (event) => onPlanItemChange(String(event.target.value)) })}
          >
            <PlanItemOptions items={planItems} />
          </Select>
        </Field>
      )}
      <TextInputField
        path="title"
        label="Title"
        required={planItemId === ""}
        hint={planItemId === "" ? titleHint : "Leave blank to use the planned interview's name."}
        maxLength={INTERVIEW_LIMITS.title}
        autoComplete="off"
      />
    </>
  );
}

/** The zone everyone's times are named in, and the length. */
export function ZoneAndLengthFields({ zones, zoneHint }: { zones: string[]; zoneHint: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField path="timeZone" label="Time zone" required hint={zoneHint}>
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
  );
}

/** A room or address, a video link, or both. */
export function PlaceFields() {
  return (
    <>
      <TextInputField
        path="location"
        label="Location"
        hint="A room or address. Give a location, a video link, or both."
        maxLength={INTERVIEW_LIMITS.location}
      />
      <TextInputField path="videoUrl" label="Video link" type="url" hint="Starts with https://" spellCheck={false} />
    </>
  );
}
