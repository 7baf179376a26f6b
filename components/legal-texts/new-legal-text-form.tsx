"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { flattenFormErrors, type SummaryError } from "@/components/forms/form-errors";
import { ChoiceGroupField, TextareaField, TextInputField } from "@/components/forms/form-fields";
import { Button } from "@/components/ui/button";
import { OMB_FORM_KIND } from "@/lib/legal-texts/labels";
import {
  LEGAL_TEXT_LIMITS,
  newLegalTextSchema,
  type NewLegalTextInput,
  type NewLegalTextValues,
} from "@/lib/legal-texts/schema";
import { LegalTextPreview } from "./legal-text-preview";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = {
  initialValues: NewLegalTextValues;
  kindLabel: string;
  languageLabel: string;
  listHref: string;
  save: (values: NewLegalTextValues) => Promise<ActionResult<{ id: string }>>;
};

export function NewLegalTextForm({ initialValues, kindLabel, languageLabel, listHref, save }: Props) {
  const router = useRouter();
  const form = useForm<NewLegalTextValues, unknown, NewLegalTextInput>({
    resolver: zodResolver(newLegalTextSchema),
    defaultValues: initialValues,
    mode: "onSubmit",
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const [title, bodyMarkdown, questionsJson, ombNumber, ombExpiresOn, effective] = useWatch({
    control: form.control,
    name: ["title", "bodyMarkdown", "questionsJson", "ombNumber", "ombExpiresOn", "effective"],
  });
  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));
  const isOfficialForm = initialValues.kind === OMB_FORM_KIND;

  const onValid = async () => {
    const result = await save(form.getValues());
    if (result.ok) {
      router.push(listHref);
      router.refresh();
      return;
    }
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(path as FieldPath<NewLegalTextValues>, { type: "server", message: messages.join(" ") });
    }
    showSummary(
      Object.entries(result.fieldErrors ?? {}).map(([path, messages]) => ({ path, message: messages.join(" ") })),
      result.message,
    );
  };

  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="grid gap-8 xl:grid-cols-[3fr_2fr]"
        onSubmit={(event) => form.handleSubmit(onValid, (errors) => showSummary(flattenFormErrors(errors)))(event)}
      >
        <div className="space-y-5">
          <FormErrorSummary
            title="The version was not saved"
            errors={summary.errors}
            message={summary.message}
            focusKey={summary.focusKey}
          />
          <p>
            <span className="text-ink-muted">Text: </span>
            <span className="font-semibold">{kindLabel}</span>
            <span className="text-ink-muted">, in </span>
            <span className="font-semibold">{languageLabel}</span>
          </p>
          {initialValues.language !== "en" && (
            <p className="text-sm text-ink-muted">
              A translation asks what the English version asks: keep its question keys and option values and translate
              the prompts and labels. Until a {languageLabel} version is in force, {languageLabel} forms show the
              English one and say so.
            </p>
          )}
          <input type="hidden" {...form.register("kind")} />
          <input type="hidden" {...form.register("language")} />
          <TextInputField
            path="version"
            label="Version label"
            required
            maxLength={LEGAL_TEXT_LIMITS.version}
            hint="Unique for this text, e.g. 2 or 2026-05."
          />
          <TextInputField path="title" label="Title" required maxLength={LEGAL_TEXT_LIMITS.title} />
          <TextareaField
            path="bodyMarkdown"
            label="Text (Markdown)"
            required
            rows={14}
            maxLength={LEGAL_TEXT_LIMITS.bodyMarkdown}
            hint="Shown to candidates exactly as written. Raw HTML is dropped."
          />
          <TextareaField
            path="questionsJson"
            label="Questions (JSON)"
            rows={12}
            className="font-mono"
            maxLength={LEGAL_TEXT_LIMITS.questionsJson}
            hint="A list of { key, prompt, options: [{ value, label }] }. Prompts and labels may change; keep the keys and values the stored answers use (self-identification questions keep a DECLINE option)."
          />
          {isOfficialForm && (
            <div className="grid gap-4 sm:grid-cols-2">
              <TextInputField path="ombNumber" label="OMB control number" required placeholder="1250-0005" />
              <TextInputField path="ombExpiresOn" label="OMB expiry date" required type="date" />
            </div>
          )}
          <ChoiceGroupField
            path="effective"
            label="Takes effect"
            options={[
              { value: "now", label: "Now: the application form shows it from the next page load" },
              { value: "scheduled", label: "At the start of a later day (UTC)" },
            ]}
          >
            {effective === "scheduled" && (
              <TextInputField path="effectiveOn" label="Day it takes effect" type="date" required className="pl-8" />
            )}
          </ChoiceGroupField>
          <p className="text-sm text-ink-muted">
            A saved version cannot be edited: answers keep pointing at the wording they were given. To change it, add
            another version.
          </p>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : "Save version"}
          </Button>
        </div>
        <LegalTextPreview
          title={title}
          bodyMarkdown={bodyMarkdown}
          questionsJson={questionsJson}
          omb={
            isOfficialForm && ombNumber
              ? `OMB control number ${ombNumber}${ombExpiresOn ? `, expires ${ombExpiresOn}` : ""}`
              : null
          }
        />
      </form>
    </FormProvider>
  );
}
