"use client";
import { Controller, useFormContext } from "react-hook-form";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type ScorecardFormValues } from "@/lib/scorecards/schema";

export function RecommendationFieldset() {
  const { control, formState } = useFormContext<ScorecardFormValues>();
  const id = fieldDomId("recommendation");
  return (
    <Fieldset
      id={id}
      legend="Overall recommendation"
      required
      description="Would you hire this person for this job? Choose No decision only if you truly cannot say."
      error={messageAt(formState.errors, "recommendation")}
    >
      {(group) => (
        <Controller
          control={control}
          name="recommendation"
          render={({ field }) => (
            <RadioGroup
              {...group}
              value={field.value ?? ""}
              onValueChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              className="flex flex-wrap gap-x-6 gap-y-3"
            >
              {RECOMMENDATIONS.map((recommendation) => (
                <RadioGroupItem
                  key={recommendation}
                  id={`${id}-${recommendation}`}
                  value={recommendation}
                  label={RECOMMENDATION_LABELS[recommendation]}
                />
              ))}
            </RadioGroup>
          )}
        />
      )}
    </Fieldset>
  );
}
