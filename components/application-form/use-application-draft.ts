"use client";
import { useEffect, useRef, useState } from "react";
import { del, get, set } from "idb-keyval";
import type { UseFormReturn } from "react-hook-form";
import type { ApplicationFormValues } from "@/lib/submissions/schema";

// The draft lives only in this browser: answers in localStorage, documents in IndexedDB (File
// objects survive there, not in localStorage). A reload, crash or lost network loses nothing.
const DRAFT_VERSION = 1;
const SAVE_DELAY_MS = 400;

type StoredDraft = { version: number; savedAt: string; values: Partial<ApplicationFormValues> };

export function draftKeys(jobSlug: string) {
  return { values: `trellis:application-draft:${jobSlug}`, files: `trellis:application-files:${jobSlug}` };
}

export function useApplicationDraft(form: UseFormReturn<ApplicationFormValues>, jobSlug: string) {
  const keys = draftKeys(jobSlug);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const ready = useRef(false);
  // Once the application is sent, a save still waiting for its delay must not bring the draft back.
  const submitted = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    async function restore() {
      const draft = readDraft(keys.values);
      const files = await get<{ resume?: File; coverLetterFile?: File }>(keys.files).catch(() => undefined);
      if (cancelled) return;
      if (draft) {
        form.reset({ ...form.getValues(), ...draft.values, ...files }, { keepDefaultValues: true });
        setRestoredAt(draft.savedAt);
      } else if (files) {
        for (const [name, file] of Object.entries(files)) if (file) form.setValue(name as "resume", file);
      }
      ready.current = true;
    }
    void restore();
    return () => {
      cancelled = true;
    };
    // Restore once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (!ready.current || submitted.current) return;
      if (name === "resume" || name === "coverLetterFile") {
        void set(keys.files, { resume: values.resume, coverLetterFile: values.coverLetterFile }).catch(() => undefined);
        return;
      }
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(
        () => saveDraft(keys.values, values as Partial<ApplicationFormValues>),
        SAVE_DELAY_MS,
      );
    });
    return () => {
      clearTimeout(saveTimer.current);
      subscription.unsubscribe();
    };
  }, [form, keys.values, keys.files]);

  async function clearDraft() {
    submitted.current = true;
    clearTimeout(saveTimer.current);
    window.localStorage.removeItem(keys.values);
    await del(keys.files).catch(() => undefined);
  }

  return { restoredAt, clearDraft };
}

function saveDraft(key: string, values: Partial<ApplicationFormValues>) {
  // Files are stored separately; self-identification stays out of the draft on purpose, so a
  // shared computer does not keep it.
  // Legal versions always come from the page, never from an old draft.
  const {
    resume: _resume,
    coverLetterFile: _cover,
    selfIdentification: _selfId,
    legalVersions: _versions,
    ...rest
  } = values;
  const draft: StoredDraft = { version: DRAFT_VERSION, savedAt: new Date().toISOString(), values: rest };
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

function readDraft(key: string): StoredDraft | null {
  try {
    const draft = JSON.parse(window.localStorage.getItem(key) ?? "null") as StoredDraft | null;
    return draft?.version === DRAFT_VERSION ? draft : null;
  } catch {
    return null;
  }
}
