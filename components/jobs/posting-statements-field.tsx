"use client";
import { Controller, useFormContext } from "react-hook-form";
import { CheckboxField } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { fieldDomId } from "@/components/forms/form-errors";
import type { PostingStatement } from "@/lib/generated/prisma/enums";
import type { JobFormValues } from "@/lib/jobs/job-form-schema";
import { POSTING_STATEMENT_LABELS } from "@/lib/publishing/labels";

const STATEMENTS = Object.entries(POSTING_STATEMENT_LABELS) as [PostingStatement, string][];

/** Which required statements this section carries: publishing checks these, never the text. */
export function PostingStatementsField({ index }: { index: number }) {
  const { control } = useFormContext<JobFormValues>();
  const path = `sections.${index}.statements` as const;
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const value = field.value ?? [];
        return (
          <Fieldset
            id={fieldDomId(path)}
            legend="This section states"
            description="Publishing checks that the posting states these."
          >
            {STATEMENTS.map(([statement, label]) => (
              <CheckboxField
                key={statement}
                id={`section-${index}-${statement}`}
                label={label}
                checked={value.includes(statement)}
                onCheckedChange={(checked) =>
                  field.onChange(checked === true ? [...value, statement] : value.filter((s) => s !== statement))
                }
              />
            ))}
          </Fieldset>
        );
      }}
    />
  );
}
