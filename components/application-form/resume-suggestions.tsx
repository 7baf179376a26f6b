"use client";
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { APPLICATION_FIELD_LABELS } from "@/lib/submissions/labels";
import type { ContactField, ContactSuggestions } from "@/lib/submissions/resume-prefill/extract-contact";

const FIELD_LABELS: Record<ContactField, string> = APPLICATION_FIELD_LABELS;

type State =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "done"; suggestions: ContactSuggestions }
  | { kind: "failed"; message: string };

/** Reads a newly picked resume and offers what it found; nothing is filled until the candidate says so. */
export function useResumeSuggestions() {
  const [state, setState] = useState<State>({ kind: "idle" });
  const read = async (file: File | undefined) => {
    if (!file) return setState({ kind: "idle" });
    setState({ kind: "reading" });
    const body = new FormData();
    body.set("resume", file);
    try {
      const response = await fetch("/api/resume-prefill", { method: "POST", body });
      const result = (await response.json()) as { ok: boolean; suggestions?: ContactSuggestions; message?: string };
      if (result.ok && result.suggestions) setState({ kind: "done", suggestions: result.suggestions });
      else setState({ kind: "failed", message: result.message ?? "We could not read this resume." });
    } catch {
      setState({ kind: "failed", message: "We could not read this resume just now. Fill in the form yourself." });
    }
  };
  return { state, read };
}

export function ResumeSuggestions({ state }: { state: State }) {
  const { setValue, getValues } = useFormContext();
  const [used, setUsed] = useState<Partial<Record<ContactField, boolean>>>({});
  const [announcement, setAnnouncement] = useState("");
  const entries =
    state.kind === "done"
      ? (Object.entries(state.suggestions) as [ContactField, string][]).filter(([, value]) => value)
      : [];
  const use = (fields: [ContactField, string][]) => {
    for (const [field, value] of fields) setValue(field, value, { shouldValidate: true, shouldDirty: true });
    setUsed((previous) => ({ ...previous, ...Object.fromEntries(fields.map(([field]) => [field, true])) }));
    setAnnouncement(`Filled in: ${fields.map(([field]) => FIELD_LABELS[field]).join(", ")}.`);
  };
  const status =
    state.kind === "reading"
      ? "Reading your resume for details to suggest…"
      : state.kind === "failed"
        ? state.message
        : state.kind === "done"
          ? entries.length > 0
            ? `We found ${entries.length} details in your resume. Review them below and use the ones that are right.`
            : "We found no contact details to suggest in your resume."
          : "";
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="text-sm text-ink">
        {announcement || status}
      </p>
      {entries.length > 0 ? (
        <section aria-labelledby="resume-suggestions-title" className="rounded-md border border-line p-4">
          <h3 id="resume-suggestions-title" className="font-semibold">
            Suggestions from your resume
          </h3>
          <ul className="mt-2 space-y-2">
            {entries.map(([field, value]) => (
              <li key={field} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="text-sm">
                  {FIELD_LABELS[field]}: <strong>{value}</strong>
                </span>
                {used[field] || getValues(field) === value ? (
                  <span className="text-sm">Filled in</span>
                ) : (
                  <Button type="button" size="sm" variant="secondary" onClick={() => use([[field, value]])}>
                    Use<span className="sr-only">{` ${value} as ${FIELD_LABELS[field]}`}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Button type="button" size="sm" className="mt-3" onClick={() => use(entries)}>
            Use all suggestions
          </Button>
        </section>
      ) : null}
    </div>
  );
}
