"use client";
import { useState, useTransition } from "react";
import { eraseCandidateNowAction, setLegalHoldAction } from "@/app/(hiring)/hiring/privacy/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ERASE_CONFIRMATION_WORD } from "@/lib/privacy/schema";
import type { ActionResult } from "@/lib/actions/action-result";

type Person = { id: string; name: string; legalHold: boolean; anonymized: boolean };

/** Legal hold on/off and "erase now" (after a typed confirmation) for one person. */
export function CandidatePrivacyActions({ person }: { person: Person }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  if (person.anonymized) return <p className="text-sm text-ink-muted">Erased</p>;
  const toggleHold = () =>
    startTransition(async () =>
      setResult(await setLegalHoldAction({ candidateId: person.id, legalHold: !person.legalHold })),
    );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={toggleHold}
          aria-label={`${person.legalHold ? "Lift the legal hold on" : "Put a legal hold on"} ${person.name}`}
        >
          {person.legalHold ? "Lift legal hold" : "Put on legal hold"}
        </Button>
        {!person.legalHold && <EraseDialog person={person} onResult={setResult} />}
      </div>
      <div aria-live="polite">
        {result && (
          <Alert variant={result.ok ? "success" : "danger"} live="off">
            {result.message}
          </Alert>
        )}
      </div>
    </div>
  );
}

function EraseDialog({ person, onResult }: { person: Person; onResult: (result: ActionResult) => void }) {
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const fieldId = `erase-confirm-${person.id}`;
  const erase = () =>
    startTransition(async () => {
      const outcome = await eraseCandidateNowAction({ candidateId: person.id, confirmation });
      if (!outcome.ok && outcome.fieldErrors?.confirmation) return setError(outcome.fieldErrors.confirmation[0]);
      setOpen(false);
      onResult(outcome);
    });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setConfirmation("");
        setError(undefined);
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="danger" aria-label={`Erase ${person.name} now`}>
          Erase now
        </Button>
      </DialogTrigger>
      <DialogContent title={`Erase ${person.name}?`} description="This cannot be undone.">
        <form
          className="space-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            erase();
          }}
        >
          <p>
            Their name and contact details become “Anonymized”, their resume and cover letter are deleted, and their
            answers, accommodation request, notes and the text of their emails and feedback are removed. Stage history,
            ratings and counts stay for reports.
          </p>
          <Field id={fieldId} label={`Type ${ERASE_CONFIRMATION_WORD} to confirm`} error={error} required>
            <Input
              autoComplete="off"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              className="max-w-48"
            />
          </Field>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Erasing…" : "Erase permanently"}
            </Button>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
