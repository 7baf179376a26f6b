"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState } from "react";
import { FormProvider, useForm, type FieldPath, type Resolver } from "react-hook-form";
import {
  editSubmittedScorecardAction,
  submitScorecardAction,
} from "@/app/(hiring)/hiring/interviews/[interviewId]/actions";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { flattenFormErrors, messageAt, type SummaryError } from "@/components/forms/form-errors";
import { TextareaField } from "@/components/forms/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  SCORECARD_LIMITS,
  scorecardFormSchema,
  scorecardSubmitSchema,
  type ScorecardFormValues,
} from "@/lib/scorecards/schema";
import { ConflictNotice } from "./conflict-notice";
import { RatingFieldset, type ScorecardAttributeView } from "./rating-fieldset";
import { RecommendationFieldset } from "./recommendation-fieldset";
import { SaveStatus } from "./save-status";
import { localCopyKey } from "./scorecard-local-copy";
import { useScorecardAutosave } from "./use-scorecard-autosave";

export type ScorecardSavedResult = { values: ScorecardFormValues; version: number; at: Date };

type Props = {
  interviewId: string;
  authorId: string;
  attributes: ScorecardAttributeView[];
  /** "draft": saves as you type, then Submit. "edit": a submitted scorecard, saved as a new revision. */
  mode: "draft" | "edit";
  initialValues: ScorecardFormValues;
  initialVersion: number;
  onSaved: (result: ScorecardSavedResult) => void;
  onCancelEdit?: () => void;
  /** A draft whose scorecard was submitted from another tab: continue as an edit of that one. */
  onEditSubmittedInstead?: (values: ScorecardFormValues, version: number) => void;
};

export function ScorecardForm({
  interviewId,
  authorId,
  attributes,
  mode,
  initialValues,
  initialVersion,
  onSaved,
  onCancelEdit,
  onEditSubmittedInstead,
}: Props) {
  // Drafts are checked only for what cannot be stored (lengths, the scale); what a submitted
  // scorecard needs is checked from the first Submit on, as the person fixes it.
  const strictness = useRef<"draft" | "submit">("draft");
  const resolver: Resolver<ScorecardFormValues> = (values, context, options) =>
    zodResolver(strictness.current === "submit" ? scorecardSubmitSchema : scorecardFormSchema)(
      values,
      context,
      options,
    );
  const form = useForm<ScorecardFormValues>({
    resolver,
    defaultValues: initialValues,
    mode: "onSubmit",
    shouldFocusError: false,
  });
  const autosave = useScorecardAutosave({
    form,
    interviewId,
    storageKey: localCopyKey(interviewId, authorId),
    initialVersion,
    autosave: mode === "draft",
  });
  const [summary, setSummary] = useState<{ errors: SummaryError[]; message?: string; focusKey: number }>({
    errors: [],
    focusKey: 0,
  });
  const showSummary = (errors: SummaryError[], message?: string) =>
    setSummary((previous) => ({ errors, message, focusKey: previous.focusKey + 1 }));

  const onValid = async (values: ScorecardFormValues) => {
    await autosave.pause();
    const action = mode === "edit" ? editSubmittedScorecardAction : submitScorecardAction;
    try {
      const result = await action(interviewId, { values, version: autosave.currentVersion() });
      if (result.ok) {
        autosave.finish();
        setSummary({ errors: [], focusKey: 0 });
        onSaved({ values, version: result.version, at: new Date(result.at) });
        return;
      }
      if (result.conflict) return autosave.showConflict({ mine: values, theirs: result.conflict });
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(path as FieldPath<ScorecardFormValues>, { type: "server", message: messages[0] });
      }
      showSummary(
        Object.entries(result.fieldErrors ?? {}).map(([path, messages]) => ({
          path,
          message: messages[0] ?? "Check this field",
        })),
        result.message,
      );
    } catch {
      showSummary([], "We could not reach the server. Your text is kept in this browser; try again in a moment.");
    }
    autosave.resume();
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    strictness.current = "submit";
    return form.handleSubmit(onValid, (errors) => showSummary(flattenFormErrors(errors)))(event);
  };

  const loadTheirs = () => {
    const submittedElsewhere = autosave.conflict?.theirs.status === "SUBMITTED" && mode === "draft";
    autosave.loadTheirs();
    // The page shows a submitted scorecard differently: fetch it afresh.
    if (submittedElsewhere) window.location.reload();
  };
  const keepMine = () => {
    const conflict = autosave.conflict;
    if (conflict?.theirs.status === "SUBMITTED" && mode === "draft")
      return onEditSubmittedInstead?.(conflict.mine, conflict.theirs.version);
    autosave.keepMine();
    if (mode === "edit")
      showSummary([], "Your text is back in the form. Choose Save changes to replace the newer version with it.");
  };

  const ratingsError = messageAt(form.formState.errors, "ratings");
  const submitting = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={submit}
        className="space-y-6"
        aria-label={mode === "edit" ? "Edit your scorecard" : "Your scorecard"}
      >
        <FormErrorSummary
          title="The scorecard was not submitted"
          errors={summary.errors}
          message={summary.message}
          focusKey={summary.focusKey}
        />
        {autosave.conflict && (
          <ConflictNotice conflict={autosave.conflict} onLoadTheirs={loadTheirs} onKeepMine={keepMine} />
        )}
        {autosave.restored && (
          <Alert variant="info" live="polite" title="Restored from this browser">
            Text you had not saved yet was brought back{mode === "draft" ? " and is being saved now" : ""}.
          </Alert>
        )}
        <section
          id="f-ratings"
          tabIndex={-1}
          aria-labelledby="scorecard-attributes-title"
          className="space-y-4 focus:outline-none"
        >
          <div>
            <h3 id="scorecard-attributes-title" className="text-lg font-semibold text-ink">
              Attributes
            </h3>
            <p className="text-sm text-ink-muted">Rate what this interview showed you; leave the rest empty.</p>
            {ratingsError && <p className="mt-1 font-semibold text-danger">{ratingsError}</p>}
          </div>
          {attributes.map((attribute, index) => (
            <RatingFieldset key={attribute.id} index={index} attribute={attribute} />
          ))}
        </section>
        <RecommendationFieldset />
        <TextareaField
          path="keyTakeaways"
          label="Key take-aways"
          required
          rows={5}
          maxLength={SCORECARD_LIMITS.keyTakeaways}
          hint="What the hiring manager should read first: the evidence behind your recommendation."
        />
        <TextareaField
          path="privateNotes"
          label="Private notes"
          rows={3}
          maxLength={SCORECARD_LIMITS.privateNotes}
          hint="Only you, the hiring manager and recruiters read these; the other interviewers never do."
        />
        <div className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
          <Button type="submit" disabled={submitting}>
            {mode === "edit"
              ? submitting
                ? "Saving…"
                : "Save changes"
              : submitting
                ? "Submitting…"
                : "Submit scorecard"}
          </Button>
          {mode === "edit" && (
            <Button variant="secondary" onClick={onCancelEdit} disabled={submitting}>
              Cancel
            </Button>
          )}
          {mode === "draft" ? (
            <SaveStatus state={autosave.state} onRetry={() => void autosave.saveNow()} />
          ) : (
            <p className="text-sm text-ink-muted">
              Your changes are kept in this browser until you save them; saving keeps the earlier version in the
              history.
            </p>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
