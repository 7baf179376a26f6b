import type { ReactNode } from "react";
import { fieldDomId } from "@/components/forms/form-errors";
import { NativeCheckboxField } from "@/components/ui/native-choice";

/** One "I understand…" checkbox that must be ticked to confirm an action that cannot be undone. */
export function ConfirmCheckbox({ label, error }: { label: ReactNode; error?: string }) {
  return (
    <NativeCheckboxField id={fieldDomId("confirm")} name="confirm" value="yes" label={label} error={error} required />
  );
}
