"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { DOCUMENT_ACCEPT } from "@/lib/submissions/limits";
import { FieldLabel, FieldMessage, useFieldError } from "./controls";
import { fieldId } from "./field-id";

/** A PDF/DOCX picker whose File lives in the form state (and in the browser draft). */
export function DocumentInput({
  name,
  label,
  required,
}: {
  name: "resume" | "coverLetterFile";
  label: string;
  required?: boolean;
}) {
  const { setValue } = useFormContext();
  const file = useWatch({ name }) as File | undefined;
  const error = useFieldError(name);
  const id = fieldId(name);
  const hint = "PDF or Word (.docx), up to 10 MB.";
  return (
    <div className="mb-5">
      <FieldLabel id={id} label={label} required={required} hint={hint} />
      <input
        id={id}
        type="file"
        accept={DOCUMENT_ACCEPT}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, file ? `${id}-chosen` : null, error ? `${id}-error` : null]
          .filter(Boolean)
          .join(" ")}
        className="mt-2 block w-full text-slate-900 file:mr-4 file:rounded-md file:border file:border-slate-400 file:bg-slate-100 file:px-4 file:py-2 file:font-medium"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          setValue(name, chosen, { shouldValidate: true, shouldDirty: true });
        }}
      />
      {file instanceof File ? (
        <p id={`${id}-chosen`} className="mt-2 text-sm text-slate-800">
          Attached: <strong>{file.name}</strong> ({formatSize(file.size)}){" "}
          <button
            type="button"
            className="ml-2 underline"
            onClick={() => setValue(name, undefined, { shouldValidate: true })}
          >
            Remove<span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        </p>
      ) : null}
      <FieldMessage id={id} error={error} />
    </div>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
