"use client";
import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { useFieldState } from "@/components/forms/form-fields";
import { Field } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { formatFileSize } from "@/lib/format/sizes";
import { DOCUMENT_ACCEPT } from "@/lib/submissions/limits";

/** A PDF/DOCX picker whose File lives in the form state (and in the browser draft). */
export function DocumentInput({
  name,
  label,
  required,
  onPicked,
}: {
  name: "resume" | "coverLetterFile";
  label: string;
  required?: boolean;
  /** Called with the file the candidate picked or removed (not with one restored from a draft). */
  onPicked?: (file: File | undefined) => void;
}) {
  const { setValue } = useFormContext();
  const file = useWatch({ name }) as File | undefined;
  const { id, error } = useFieldState(name);
  const chosenId = `${id}-chosen`;
  const t = useTranslations("apply.documents");
  return (
    <Field id={id} label={label} hint={t("fileHint")} error={error} required={required} markOptional>
      {({ "aria-required": _required, ...control }) => (
        <>
          {/* aria-required is not allowed on a file input; the label's marker says it. */}
          <FileInput
            {...control}
            accept={DOCUMENT_ACCEPT}
            aria-describedby={
              [control["aria-describedby"], file instanceof File ? chosenId : null].filter(Boolean).join(" ") ||
              undefined
            }
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              setValue(name, chosen, { shouldValidate: true, shouldDirty: true });
              onPicked?.(chosen);
            }}
          />
          {file instanceof File ? (
            <p id={chosenId} className="text-sm text-ink">
              {t.rich("attached", { name: () => <strong>{file.name}</strong>, size: formatFileSize(file.size) })}{" "}
              <button
                type="button"
                className="ml-2 underline"
                onClick={() => {
                  setValue(name, undefined, { shouldValidate: true });
                  onPicked?.(undefined);
                }}
              >
                {t("remove")}
                <span className="sr-only"> {label}</span>
              </button>
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}
