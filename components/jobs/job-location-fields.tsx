"use client";
import { useState } from "react";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { CheckboxField } from "@/components/ui/checkbox";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/fieldset";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { SelectField } from "@/components/forms/form-fields";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { COUNTRY_CODES } from "@/lib/jobs/country-codes";
import type { JobFormValues } from "@/lib/jobs/job-form-schema";
import { countryName, REMOTE_POLICY_LABELS } from "@/lib/jobs/labels";
import type { JobFormOptions } from "@/lib/jobs/list-job-form-options";
import { EditorSection } from "./editor-section";

const COUNTRIES = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
  a.name.localeCompare(b.name, "en"),
);

export function JobLocationFields({ offices }: { offices: JobFormOptions["offices"] }) {
  const { control, formState } = useFormContext<JobFormValues>();
  const remotePolicy = useWatch({ control, name: "remotePolicy" });
  return (
    <EditorSection id="location" title="Where the work happens">
      <SelectField path="remotePolicy" label="Remote policy" required className="sm:max-w-xs">
        {Object.entries(REMOTE_POLICY_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <Controller
        control={control}
        name="officeIds"
        render={({ field }) => (
          <Fieldset
            id={fieldDomId("officeIds")}
            legend="Offices"
            required={remotePolicy !== "REMOTE"}
            description={remotePolicy === "REMOTE" ? "Optional for a remote job." : "Where people in this role work."}
            error={messageAt(formState.errors, "officeIds")}
          >
            <div className="grid gap-3 sm:grid-cols-2">
              {offices.map((office) => (
                <CheckboxField
                  key={office.id}
                  id={`office-${office.id}`}
                  label={`${office.name} (${office.place})`}
                  checked={field.value.includes(office.id)}
                  onCheckedChange={(checked) =>
                    field.onChange(
                      checked === true ? [...field.value, office.id] : field.value.filter((id) => id !== office.id),
                    )
                  }
                />
              ))}
            </div>
          </Fieldset>
        )}
      />
      {remotePolicy !== "ON_SITE" && <RemoteCountries />}
    </EditorSection>
  );
}

function RemoteCountries() {
  const { control, formState } = useFormContext<JobFormValues>();
  const [choice, setChoice] = useState("");
  return (
    <Controller
      control={control}
      name="remoteCountryCodes"
      render={({ field }) => (
        <Fieldset
          id={fieldDomId("remoteCountryCodes")}
          legend="Countries remote applicants may live in"
          description="Search engines show remote jobs to people in these countries."
          error={
            messageAt(formState.errors, "remoteCountryCodes") ?? messageAt(formState.errors, "remoteCountryCodes.0")
          }
        >
          {field.value.length > 0 ? (
            <ul className="flex flex-wrap gap-2" aria-label="Chosen countries">
              {field.value.map((code) => (
                <li
                  key={code}
                  className="flex items-center gap-1 rounded-full border border-line bg-canvas py-0.5 pr-1 pl-3"
                >
                  {countryName(code)}
                  <Button
                    size="sm"
                    variant="ghost"
                    className="min-h-8 px-2"
                    aria-label={`Remove ${countryName(code)}`}
                    onClick={() => field.onChange(field.value.filter((c) => c !== code))}
                  >
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-ink-muted">No countries chosen.</p>
          )}
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-60 space-y-1.5">
              <Label htmlFor="remote-country-choice">Add a country</Label>
              <Select id="remote-country-choice" value={choice} onChange={(event) => setChoice(event.target.value)}>
                <option value="">Choose a country</option>
                {COUNTRIES.filter((country) => !field.value.includes(country.code)).map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </Select>
            </div>
            <Button
              variant="secondary"
              disabled={choice === ""}
              onClick={() => {
                field.onChange([...field.value, choice]);
                setChoice("");
              }}
            >
              Add country
            </Button>
          </div>
        </Fieldset>
      )}
    />
  );
}
