"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { APPLICATION_FIELD_LABELS } from "@/lib/submissions/labels";
import type { ContactField, ContactSuggestions } from "@/lib/submissions/resume-prefill/extract-contact";

// The form's order of fields; the labels come from the form's language (apply.fields).
const FIELD_ORDER = Object.keys(APPLICATION_FIELD_LABELS) as ContactField[];

type Used = Partial<Record<ContactField, true>>;

type State =
  | { kind: "idle" }
  | { kind: "reading" }
  // `used` and `filled` belong to these suggestions: a newly picked resume starts with none used.
  | { kind: "done"; suggestions: ContactSuggestions; used: Used; filled: ContactField[] }
  | { kind: "failed"; message: string };

/** Reads a newly picked resume and offers what it found; nothing is filled until the candidate says so. */
export function useResumeSuggestions() {
  const t = useTranslations("apply.suggestions");
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: "idle" });
  // Only the latest pick may answer: a slow reading of an earlier file must not replace it.
  const latest = useRef(0);
  const read = async (file: File | undefined) => {
    const request = ++latest.current;
    if (!file) return setState({ kind: "idle" });
    setState({ kind: "reading" });
    const body = new FormData();
    body.set("resume", file);
    let next: State;
    try {
      // Its refusals in the form's language, as the application's own (send-application.ts).
      const response = await fetch("/api/resume-prefill", {
        method: "POST",
        body,
        headers: { "Accept-Language": locale },
      });
      const result = (await response.json()) as { ok: boolean; suggestions?: ContactSuggestions; message?: string };
      next =
        result.ok && result.suggestions
          ? { kind: "done", suggestions: result.suggestions, used: {}, filled: [] }
          : { kind: "failed", message: result.message ?? t("unreadable") };
    } catch {
      next = { kind: "failed", message: t("unreachable") };
    }
    if (request === latest.current) setState(next);
  };
  const markUsed = (fields: ContactField[]) =>
    setState((previous) =>
      previous.kind === "done"
        ? {
            ...previous,
            used: { ...previous.used, ...Object.fromEntries(fields.map((f) => [f, true])) },
            filled: fields,
          }
        : previous,
    );
  return { state, read, markUsed };
}

export function ResumeSuggestions({
  state,
  markUsed,
}: Pick<ReturnType<typeof useResumeSuggestions>, "state" | "markUsed">) {
  const t = useTranslations("apply");
  const label = (field: ContactField) => t(`fields.${field}`);
  const { setValue } = useFormContext();
  const list = useRef<HTMLElement>(null);
  // In the form's order (the reader finds an email before the name above it).
  const entries =
    state.kind === "done"
      ? FIELD_ORDER.flatMap((field): [ContactField, string][] => {
          const value = state.suggestions[field];
          return value ? [[field, value]] : [];
        })
      : [];
  const fill = (fields: [ContactField, string][]) => {
    for (const [field, value] of fields) setValue(field, value, { shouldValidate: true, shouldDirty: true });
    markUsed(fields.map(([field]) => field));
  };
  // The used button gives way to "Filled in": keep a keyboard user's place on the next button
  // rather than let focus fall back to the start of the page.
  const fillOne = (index: number) => {
    fill([entries[index]!]);
    const buttons = Array.from(list.current?.querySelectorAll("button") ?? []);
    const next = buttons[buttons.indexOf(document.activeElement as HTMLButtonElement) + 1];
    next?.focus();
  };
  const status =
    state.kind === "reading"
      ? t("suggestions.reading")
      : state.kind === "failed"
        ? state.message
        : state.kind === "done"
          ? state.filled.length > 0
            ? t("suggestions.filled", { fields: state.filled.map(label).join(", ") })
            : entries.length > 0
              ? t("suggestions.found", { count: entries.length })
              : t("suggestions.none")
          : "";
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="text-sm text-ink">
        {status}
      </p>
      {state.kind === "done" && entries.length > 0 ? (
        <section ref={list} aria-labelledby="resume-suggestions-title" className="rounded-md border border-line p-4">
          <h3 id="resume-suggestions-title" className="font-semibold">
            {t("suggestions.title")}
          </h3>
          <ul className="mt-2 space-y-2">
            {entries.map(([field, value], index) => (
              <li key={field} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="text-sm">
                  {label(field)}: <strong>{value}</strong>
                </span>
                {state.used[field] ? (
                  <span className="text-sm">{t("suggestions.filledIn")}</span>
                ) : (
                  <Button type="button" size="sm" variant="secondary" onClick={() => fillOne(index)}>
                    {t("suggestions.use")}
                    <span className="sr-only">{` ${t("suggestions.useWhat", { value, field: label(field) })}`}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Button type="button" size="sm" className="mt-3" onClick={() => fill(entries)}>
            {t("suggestions.useAll")}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
