"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveScorecardDraftAction } from "@/app/(hiring)/hiring/interviews/[interviewId]/actions";
import type { OwnScorecard } from "@/lib/scorecards/get-own-scorecard";
import { scorecardFormSchema, type ScorecardFormValues } from "@/lib/scorecards/schema";
import { clearLocalCopy, readLocalCopy, sameScorecardValues, writeLocalCopy } from "./scorecard-local-copy";

const SAVE_DELAY_MS = 1000;

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed"; message?: string }
  | { kind: "invalid" };

/** Another tab (or an earlier visit) saved a newer version than the one this form started from. */
export type ScorecardConflict = { mine: ScorecardFormValues; theirs: OwnScorecard };

type Options = {
  form: UseFormReturn<ScorecardFormValues>;
  interviewId: string;
  storageKey: string;
  initialVersion: number;
  /** Drafts save to the server as you type; an edit of a submitted scorecard waits for "Save changes". */
  autosave: boolean;
};

/**
 * Keeps every keystroke in this browser at once and, for drafts, saves to the server a second
 * after typing stops. A save names the version it edited; when the server has moved on, saving
 * stops and the conflict is handed to the form, which lets the person choose.
 */
export function useScorecardAutosave({ form, interviewId, storageKey, initialVersion, autosave }: Options) {
  const version = useRef(initialVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  // Set while a conflict waits for a choice, and once the scorecard is submitted.
  const paused = useRef(false);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [conflict, setConflict] = useState<ScorecardConflict | null>(null);
  const [restored, setRestored] = useState(false);

  const showConflict = useCallback((next: ScorecardConflict) => {
    paused.current = true;
    clearTimeout(timer.current);
    setConflict(next);
  }, []);

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (paused.current || !autosave) return;
    if (running.current) {
      // One save at a time; the one running takes another turn for what was typed meanwhile.
      again.current = true;
      return running.current;
    }
    const saveOnce = async () => {
      const parsed = scorecardFormSchema.safeParse(form.getValues());
      if (!parsed.success) {
        setState({ kind: "invalid" });
        void form.trigger();
        return;
      }
      setState({ kind: "saving" });
      try {
        const result = await saveScorecardDraftAction(interviewId, { values: parsed.data, version: version.current });
        if (result.ok) {
          version.current = result.version;
          const current = form.getValues();
          if (sameScorecardValues(current, parsed.data)) clearLocalCopy(storageKey);
          else writeLocalCopy(storageKey, result.version, current);
          setState({ kind: "saved", at: new Date(result.at) });
        } else if (result.conflict) {
          setState({ kind: "idle" });
          showConflict({ mine: form.getValues(), theirs: result.conflict });
        } else {
          setState({ kind: "failed", message: result.message });
        }
      } catch {
        // Offline, or the server did not answer: the local copy has every keystroke.
        setState({ kind: "failed" });
      }
    };
    running.current = (async () => {
      do {
        again.current = false;
        await saveOnce();
      } while (again.current && !paused.current);
    })();
    await running.current;
    running.current = null;
  }, [autosave, form, interviewId, showConflict, storageKey]);

  // Restore an unsaved copy from this browser, once per mount.
  useEffect(() => {
    const copy = readLocalCopy(storageKey);
    if (!copy) return;
    if (sameScorecardValues(copy.values, form.getValues())) return clearLocalCopy(storageKey);
    if (copy.baseVersion === version.current) {
      form.reset(copy.values, { keepDefaultValues: true });
      setRestored(true);
      timer.current = setTimeout(() => void saveNow(), 0);
      return;
    }
    // Saved elsewhere after these edits began: never pick one silently.
    showConflict({
      mine: copy.values,
      theirs: { status: null, version: version.current, updatedAt: null, values: form.getValues() },
    });
    // Once per mount, with the values the page rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const subscription = form.watch(() => {
      writeLocalCopy(storageKey, version.current, form.getValues());
      if (!autosave || paused.current) return;
      setState({ kind: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [autosave, form, saveNow, storageKey]);

  /** Stops autosaving and waits for a save in progress (before an explicit submit). */
  const pause = useCallback(async () => {
    clearTimeout(timer.current);
    paused.current = true;
    await running.current;
  }, []);

  /** Autosaving again after a submit that did not go through (unless a conflict waits for a choice). */
  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  /** "Load the newer one": the form takes the saved version, and this browser's copy is dropped. */
  const loadTheirs = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.theirs.version;
    form.reset(conflict.theirs.values);
    clearLocalCopy(storageKey);
    paused.current = false;
    setConflict(null);
    setState({ kind: "idle" });
  }, [conflict, form, storageKey]);

  /** "Keep mine": the next save names the newer version, so it replaces it deliberately. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.theirs.version;
    form.reset(conflict.mine, { keepDefaultValues: true });
    writeLocalCopy(storageKey, version.current, conflict.mine);
    paused.current = false;
    setConflict(null);
    void saveNow();
  }, [conflict, form, saveNow, storageKey]);

  const finish = useCallback(() => {
    paused.current = true;
    clearTimeout(timer.current);
    clearLocalCopy(storageKey);
  }, [storageKey]);

  return {
    state,
    conflict,
    restored,
    currentVersion: () => version.current,
    setVersion: (next: number) => {
      version.current = next;
    },
    saveNow,
    pause,
    resume,
    showConflict,
    loadTheirs,
    keepMine,
    finish,
  };
}
