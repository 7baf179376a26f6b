"use client";
import { Controller, useFormContext } from "react-hook-form";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { CheckboxField } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { ROLE_LABELS } from "@/lib/auth/actor";
import type { PanelOption } from "@/lib/interviews/load-application-interviews";
import { INTERVIEW_LIMITS, type InterviewFormValues } from "@/lib/interviews/schema";

/**
 * Checkboxes for the panel: the job's hiring team. Someone seated earlier who has since left the
 * team is listed too, so they can be taken off, but cannot be put back on (the server refuses it).
 */
export function PanelPicker({ staff }: { staff: PanelOption[] }) {
  const { control, formState } = useFormContext<InterviewFormValues>();
  const id = fieldDomId("panelUserIds");
  return (
    <Fieldset
      id={id}
      legend="Panel"
      required
      description={`Up to ${INTERVIEW_LIMITS.maxPanel} people from the job's hiring team (recruiters and admins set it in the job editor). Each gets an email with a calendar invitation and a link to the candidate packet.`}
      error={messageAt(formState.errors, "panelUserIds")}
    >
      <Controller
        control={control}
        name="panelUserIds"
        render={({ field }) =>
          staff.length === 0 ? (
            <p className="text-ink-muted">
              This job&rsquo;s hiring team is empty. Ask a recruiter to add the interviewers in the job editor.
            </p>
          ) : (
            <ul className="max-h-64 space-y-2 overflow-y-auto rounded-md border border-line p-3">
              {staff.map((person) => {
                const checked = field.value.includes(person.id);
                return (
                  <li key={person.id}>
                    <CheckboxField
                      id={`panel-${person.id}`}
                      label={
                        <>
                          {person.name}{" "}
                          <span className="text-ink-muted">
                            ({ROLE_LABELS[person.role]}
                            {person.onHiringTeam ? ", hiring team" : ", no longer on the hiring team"})
                          </span>
                        </>
                      }
                      checked={checked}
                      disabled={!person.onHiringTeam && !checked}
                      onCheckedChange={(value) =>
                        field.onChange(
                          value === true
                            ? [...field.value, person.id]
                            : field.value.filter((userId) => userId !== person.id),
                        )
                      }
                    />
                  </li>
                );
              })}
            </ul>
          )
        }
      />
    </Fieldset>
  );
}
