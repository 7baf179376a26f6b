"use client";
import { useEffect, useRef } from "react";
import { fieldDomId, type SummaryError } from "./form-errors";

type Props = {
  title: string;
  errors: SummaryError[];
  message?: string;
  focusKey: number;
  /** The element id of the field at a path, for the links (default: the ids form-fields.tsx gives). */
  fieldIdFor?: (path: string) => string;
};

/** Every problem, each a link to its field; takes focus when a submit fails. */
export function FormErrorSummary({ title, errors, message, focusKey, fieldIdFor = fieldDomId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0 && !message) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="form-error-summary-title"
      className="rounded-md border-2 border-danger bg-danger-soft p-5 focus:outline-none focus-visible:ring-4"
    >
      <h2 id="form-error-summary-title" className="text-lg font-semibold text-danger">
        {title}
      </h2>
      {message && <p className="mt-2 text-ink">{message}</p>}
      {errors.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {errors.map((error) => (
            <li key={`${error.path}:${error.message}`}>
              <a className="text-danger underline" href={`#${fieldIdFor(error.path)}`}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
