"use client";

import { useActionState, useRef, useState, type KeyboardEvent } from "react";
import { addNoteAction } from "@/app/(hiring)/hiring/applications/[applicationId]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { MentionableStaff } from "@/lib/candidates/list-mentionable-staff";
import { NOTE_MAX_LENGTH } from "@/lib/candidates/schema";
import { activeMentionQuery, insertMention, mentionSuggestions } from "./mention-query";
import type { ActionResult } from "@/lib/actions/action-result";

const FIELD_ID = "note-body";

export function NoteForm({ applicationId, staff }: { applicationId: string; staff: MentionableStaff[] }) {
  const [body, setBody] = useState("");
  const [caret, setCaret] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [result, submit, pending] = useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const outcome = await addNoteAction(applicationId, previous, formData);
    if (outcome.ok) setBody("");
    return outcome;
  }, null);

  const active = dismissed ? null : activeMentionQuery(body, caret);
  const suggestions = active ? mentionSuggestions(staff, active.query) : [];
  const error = result && !result.ok ? (result.fieldErrors?.body?.[0] ?? result.message) : undefined;

  const track = (element: HTMLTextAreaElement) => {
    setBody(element.value);
    setCaret(element.selectionStart);
    setDismissed(false);
  };
  const choose = (person: MentionableStaff) => {
    if (!active) return;
    const next = insertMention(body, active.start, caret, person);
    setBody(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  const onTextareaKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "ArrowDown" && suggestions.length > 0) {
      event.preventDefault();
      list.current?.querySelector("button")?.focus();
    } else if (event.key === "Escape" && suggestions.length > 0) {
      event.preventDefault();
      setDismissed(true);
    }
  };
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(list.current?.querySelectorAll("button") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      buttons[(index + (event.key === "ArrowDown" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setDismissed(true);
      textarea.current?.focus();
    }
  };

  return (
    <form action={submit} className="space-y-3">
      <Field
        id={FIELD_ID}
        label="Add a note"
        hint="Type @ and a name to mention a colleague who can see this application; they get a notification and an email."
        error={error}
      >
        <Textarea
          ref={textarea}
          name="body"
          rows={4}
          value={body}
          maxLength={NOTE_MAX_LENGTH}
          onChange={(event) => track(event.currentTarget)}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onTextareaKey}
        />
      </Field>
      {suggestions.length > 0 && (
        <ul
          ref={list}
          onKeyDown={onListKey}
          aria-label="People you can mention"
          className="divide-y divide-line rounded-md border border-line bg-surface shadow-sm"
        >
          {suggestions.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                onClick={() => choose(person)}
                className="w-full px-3 py-2 text-left hover:bg-canvas focus-visible:bg-canvas"
              >
                <span className="font-medium">Mention {person.name}</span>{" "}
                <span className="text-sm text-ink-muted">{person.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="sr-only">
        {suggestions.length > 0
          ? `${suggestions.length} ${suggestions.length === 1 ? "person matches" : "people match"}: press the down arrow to choose.`
          : ""}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <span className="text-sm text-ink-muted">
          {body.length} / {NOTE_MAX_LENGTH}
        </span>
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add note"}
        </Button>
      </div>
      <div aria-live="polite">
        {result?.ok && (
          <Alert variant="success" live="off">
            {result.message}
          </Alert>
        )}
      </div>
    </form>
  );
}
