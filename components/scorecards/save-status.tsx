"use client";
import { formatDateTime } from "@/lib/format/dates";
import type { SaveState } from "./use-scorecard-autosave";

const TEXT: Record<SaveState["kind"], string> = {
  idle: "",
  pending: "Unsaved changes…",
  saving: "Saving…",
  saved: "Saved",
  failed: "Couldn't save — your text is kept in this browser",
  invalid: "Not saved yet: fix the marked fields",
};

/** A polite live region: always in the page, so a change of its text is announced. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div className="flex min-h-9 flex-wrap items-center gap-3 text-sm">
      <p
        role="status"
        aria-live="polite"
        className={state.kind === "failed" || state.kind === "invalid" ? "font-semibold text-danger" : "text-ink-muted"}
      >
        {TEXT[state.kind]}
        {state.kind === "saved" && <span className="sr-only"> at {formatDateTime(state.at)}</span>}
        {state.kind === "failed" && state.message && (
          <span className="block font-normal text-ink">{state.message}</span>
        )}
      </p>
      {state.kind === "failed" && (
        <button type="button" className="font-semibold text-brand underline" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
