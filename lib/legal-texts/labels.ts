import type { FormKind } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/utils/tone";
import type { LegalTextVersionRow } from "./list-legal-texts";

/** Every legal text, in the order the application form shows them, then the offer's. */
export const LEGAL_TEXT_KINDS: { kind: FormKind; label: string }[] = [
  { kind: "PRIVACY_NOTICE", label: "Privacy notice" },
  { kind: "WORK_AUTHORIZATION", label: "Work authorization" },
  { kind: "EXPORT_CONTROL", label: "Export control" },
  { kind: "ACCOMMODATION", label: "Reasonable accommodation" },
  { kind: "SELF_ID_INVITATION", label: "Self-identification: invitation" },
  { kind: "SELF_ID_GENDER", label: "Self-identification: gender" },
  { kind: "SELF_ID_ETHNICITY", label: "Self-identification: Hispanic or Latino" },
  { kind: "SELF_ID_RACE", label: "Self-identification: race" },
  { kind: "SELF_ID_VETERAN", label: "Self-identification: protected veteran (VEVRAA)" },
  { kind: "SELF_ID_DISABILITY", label: "Self-identification: disability (form CC-305)" },
  { kind: "OFFER_EXPORT_CONDITION", label: "Offer letter: export-licence condition" },
  { kind: "OFFER_ACCEPTANCE", label: "Offer: acceptance wording" },
];

export function legalTextKindLabel(kind: FormKind): string {
  return LEGAL_TEXT_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;
}

/** The official form whose OMB control number and expiry must be shown with it. */
export const OMB_FORM_KIND: FormKind = "SELF_ID_DISABILITY";

/** Where a version stands today, as the legal texts list shows it. */
export const LEGAL_TEXT_VERSION_STATUS: Record<LegalTextVersionRow["status"], { label: string; tone: Tone }> = {
  current: { label: "In force", tone: "success" },
  scheduled: { label: "Scheduled", tone: "info" },
  retired: { label: "Retired", tone: "neutral" },
};
