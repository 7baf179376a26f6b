"use client";
import { Controller, useFormContext } from "react-hook-form";
import { CheckboxField } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { fieldDomId } from "@/components/forms/form-errors";
import type { JobFormValues } from "@/lib/jobs/job-form-schema";
import type { SelfIdModule } from "@/lib/generated/prisma/enums";
import { SELF_ID_MODULE_LABELS } from "@/lib/jobs/labels";

const MODULES = Object.entries(SELF_ID_MODULE_LABELS) as [SelfIdModule, string][];

export function SelfIdModulesField() {
  const { control } = useFormContext<JobFormValues>();
  return (
    <Controller
      control={control}
      name="selfIdModules"
      render={({ field }) => (
        <Fieldset
          id={fieldDomId("selfIdModules")}
          legend="Questions to invite"
          description="Always voluntary, every question can be declined, stored apart from the application and only ever reported in aggregate."
        >
          <div className="grid gap-3 sm:grid-cols-2">
            {MODULES.map(([module, label]) => (
              <CheckboxField
                key={module}
                id={`self-id-${module}`}
                label={label}
                checked={field.value.includes(module)}
                onCheckedChange={(checked) =>
                  field.onChange(checked === true ? [...field.value, module] : field.value.filter((m) => m !== module))
                }
              />
            ))}
          </div>
        </Fieldset>
      )}
    />
  );
}
