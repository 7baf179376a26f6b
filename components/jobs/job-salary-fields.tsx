"use client";
import { SelectField, TextInputField } from "@/components/forms/form-fields";
import { CURRENCY_CODES } from "@/lib/jobs/currency-codes";
import { SALARY_UNIT_OPTIONS } from "@/lib/jobs/labels";
import { EditorSection } from "./editor-section";

export function JobSalaryFields() {
  return (
    <EditorSection
      id="salary"
      title="Pay range"
      description="Optional, but many places require it and candidates look for it first. Leave both amounts empty to show none."
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextInputField
          path="salaryMin"
          label="Minimum"
          inputMode="numeric"
          autoComplete="off"
          hint="Whole number, like 150000"
        />
        <TextInputField
          path="salaryMax"
          label="Maximum"
          inputMode="numeric"
          autoComplete="off"
          hint="At least the minimum"
        />
        <TextInputField
          path="salaryCurrency"
          label="Currency"
          list="currency-codes"
          autoComplete="off"
          maxLength={3}
          hint="ISO code, like USD"
        />
        <SelectField path="salaryUnit" label="Pay period">
          <option value="">Choose a period</option>
          {Object.entries(SALARY_UNIT_OPTIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <datalist id="currency-codes">
        {CURRENCY_CODES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </EditorSection>
  );
}
