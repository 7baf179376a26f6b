"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { JOB_LIMITS, type JobFormValues } from "@/lib/jobs/job-form-schema";
import type { JobEditLocks } from "@/lib/jobs/get-job-for-editing";
import { EditorSection } from "./editor-section";
import { QuestionCard } from "./question-card";

type Props = { locks: JobEditLocks };

export function QuestionsEditor({ locks }: Props) {
  const { control, formState } = useFormContext<JobFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "questions" });
  const chosen = new Set(locks.chosenOptionIds);
  const listError = messageAt(formState.errors, "questions");
  return (
    <EditorSection
      id="questions"
      title="Application questions"
      description="Asked after the standard questions (contact details, resume, work authorization), in this order."
    >
      {fields.length === 0 && <p className="text-ink-muted">No questions of this job&apos;s own yet.</p>}
      {fields.map((field, index) => (
        <QuestionCard
          key={field.id}
          index={index}
          count={fields.length}
          answers={field.questionId === undefined ? 0 : (locks.answersByQuestionId[field.questionId] ?? 0)}
          chosenOptionIds={chosen}
          onMove={move}
          onRemove={() => remove(index)}
        />
      ))}
      <div id={fieldDomId("questions")} tabIndex={-1} className="space-y-3">
        {listError && <FieldError controlId={fieldDomId("questions")}>{listError}</FieldError>}
        <Button
          variant="secondary"
          disabled={fields.length >= JOB_LIMITS.questions}
          onClick={() =>
            append({ type: "SHORT_TEXT", label: "", description: "", required: false, options: [], knockout: null })
          }
        >
          Add question
        </Button>
      </div>
    </EditorSection>
  );
}
