"use client";
import { useEffect, useRef } from "react";
import { fieldId } from "./field-id";

export type SummaryError = { path: string; message: string };

/** A list of every problem, each linking to its field; takes focus when it appears. */
export function ErrorSummary({ errors, message, focusKey }: { errors: SummaryError[]; message?: string; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0 && !message) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-8 rounded-md border-2 border-red-800 bg-red-50 p-5 focus:outline-none focus:ring-4 focus:ring-red-300">
      <h2 id="error-summary-title" className="text-lg font-semibold text-red-900">
        {errors.length > 0 ? "There is a problem with your application" : "Your application was not sent"}
      </h2>
      {message ? <p className="mt-2 text-red-900">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {errors.map((error) => (
            <li key={`${error.path}:${error.message}`}>
              <a className="text-red-900 underline" href={`#${fieldId(error.path)}`}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Flattens react-hook-form's nested errors into path/message pairs, in form order. */
export function flattenErrors(errors: object, prefix = ""): SummaryError[] {
  const result: SummaryError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string" && (value as { message: string }).message) {
      result.push({ path: path === "root" ? "form" : path, message: (value as { message: string }).message });
    } else {
      result.push(...flattenErrors(value, path));
    }
  }
  return result;
}
