import type { ReactNode } from "react";
import { fieldErrorId, fieldHintId } from "./field-ids";

/** The message under an invalid control; its id is what the control's aria-describedby names. */
export function FieldError({ controlId, children }: { controlId: string; children: ReactNode }) {
  return (
    <p id={fieldErrorId(controlId)} className="flex gap-1.5 text-sm font-medium text-danger">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor">
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.9 4h1.8v5.2H9.1V6Zm0 6.6h1.8v1.8H9.1v-1.8Z" />
      </svg>
      <span>
        {/* The icon is hidden from screen readers: the word says it instead. */}
        <span className="sr-only">Error: </span>
        {children}
      </span>
    </p>
  );
}

export function FieldHint({ controlId, children }: { controlId: string; children: ReactNode }) {
  return (
    <p id={fieldHintId(controlId)} className="text-sm text-ink-muted">
      {children}
    </p>
  );
}
