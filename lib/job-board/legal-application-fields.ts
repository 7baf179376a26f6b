// The Trellis-only part of the field table: the legal questions every application answers
// (worded by the FormVersion in force, whose id travels in a hidden field) and voluntary
// self-identification, published under `compliance` as Greenhouse publishes its EEOC questions.
import { ACCOMMODATION_KINDS } from "@/lib/submissions/schema";
import type { ApplicationFormContext, LegalFormForForm, SelfIdFormName } from "@/lib/submissions/form-context";
import type { FormOption } from "@/lib/legal/form-content";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { escapeHtml } from "@/lib/utils/escape-html";
import {
  field,
  question,
  type ApplicationField,
  type ApplicationQuestion,
  type ComplianceBlock,
  type FieldOption,
  type GreenhouseFieldType,
} from "./application-field-types";
import * as codec from "./field-codecs";

type LegalFormName = keyof ApplicationFormContext["legal"];

type LegalFieldSpec = {
  name: string;
  path: string;
  type: GreenhouseFieldType;
  required: boolean;
  /** Keys the FormVersion may give this question; its prompt and options are then published. */
  formKeys: string[];
  label: string;
  /** Values the schema accepts at `path`, with the labels used when the FormVersion has none. */
  options: FormOption[];
  decode: (allowed: string[]) => codec.FieldCodec;
};

const YES_NO: FormOption[] = [
  { value: "YES", label: "Yes" },
  { value: "NO", label: "No" },
];

const ACCOMMODATION_KIND_LABELS: Record<(typeof ACCOMMODATION_KINDS)[number], string> = {
  APPLICATION_PROCESS_CHANGE: "A change to the application or interview process",
  ALTERNATE_FORMAT_DOCUMENTS: "Documents in another format",
  SIGN_LANGUAGE_INTERPRETER: "A sign language interpreter",
  SPECIALIZED_EQUIPMENT: "Specialized equipment",
  OTHER: "Something else",
};

const LEGAL_FIELDS: Record<LegalFormName, { versionField: string; fields: LegalFieldSpec[] }> = {
  workAuthorization: {
    versionField: "work_authorization_version",
    fields: [
      spec(
        "work_authorization_authorized",
        "workAuthorization.authorizedToWork",
        true,
        ["authorizedToWork", "authorized"],
        "Are you legally authorized to work in the country where this job is located?",
        YES_NO,
      ),
      spec(
        "work_authorization_sponsorship",
        "workAuthorization.requiresSponsorship",
        true,
        ["requiresSponsorship", "sponsorship"],
        "Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?",
        YES_NO,
      ),
    ],
  },
  exportControl: {
    versionField: "export_control_version",
    fields: [
      spec(
        "export_control_license",
        "exportControl.canReceiveWithoutLicense",
        true,
        ["canReceiveWithoutLicense", "license"],
        "This position may require access to technology controlled under U.S. export laws. Could you receive such technology without sponsorship for an export license?",
        [...YES_NO, { value: "NOT_SURE", label: "I'm not sure" }],
      ),
      spec(
        "export_control_us_person",
        "exportControl.usPerson",
        false,
        ["usPerson"],
        "Are you a U.S. person (U.S. citizen or national, lawful permanent resident, refugee, or asylee)?",
        [...YES_NO, { value: "DECLINE", label: "I prefer not to say" }],
      ),
    ],
  },
  accommodation: {
    versionField: "accommodation_version",
    fields: [
      {
        ...spec(
          "accommodation_requested",
          "accommodation.requested",
          false,
          ["requested"],
          "Do you need a reasonable accommodation for any part of the application or interview process?",
          YES_NO,
        ),
        decode: () => codec.flag,
      },
      {
        ...spec(
          "accommodation_kinds",
          "accommodation.kinds",
          false,
          ["kinds"],
          "What kind of accommodation?",
          ACCOMMODATION_KINDS.map((kind) => ({ value: kind, label: ACCOMMODATION_KIND_LABELS[kind] })),
        ),
        type: "multi_value_multi_select",
        decode: codec.someOf,
      },
      {
        ...spec("accommodation_details", "accommodation.details", false, ["details"], "What would help?", []),
        type: "textarea",
        decode: () => codec.text,
      },
      spec(
        "accommodation_preferred_contact",
        "accommodation.preferredContact",
        false,
        ["preferredContact"],
        "How should we contact you about it?",
        [
          { value: "EMAIL", label: "Email" },
          { value: "PHONE", label: "Phone" },
        ],
      ),
    ],
  },
  privacyNotice: {
    versionField: "privacy_notice_version",
    fields: [
      {
        ...spec(
          "privacy_notice_acknowledged",
          "privacyAcknowledged",
          true,
          ["acknowledged"],
          "I have read the applicant privacy notice.",
          [{ value: "ACKNOWLEDGED", label: "I have read the applicant privacy notice" }],
        ),
        decode: () => codec.flag,
      },
      {
        ...spec(
          "keep_on_file",
          "keepOnFile",
          false,
          ["keepOnFileConsent", "keepOnFile"],
          "May we keep your application on file and consider you for other roles?",
          YES_NO,
        ),
        decode: () => codec.flag,
      },
    ],
  },
};

// Self-identification field names are Greenhouse's EEOC names.
export const SELF_ID_FIELD_NAMES: Record<SelfIdFormName, string> = {
  gender: "gender",
  ethnicity: "hispanic_ethnicity",
  race: "race",
  veteran: "veteran_status",
  disability: "disability_status",
};

function spec(
  name: string,
  path: string,
  required: boolean,
  formKeys: string[],
  label: string,
  options: FormOption[],
): LegalFieldSpec {
  return { name, path, type: "multi_value_single_select", required, formKeys, label, options, decode: codec.oneOf };
}

/** The FormVersion's own prompt and options when it has this question and its values fit the schema. */
function publishedWording(form: LegalFormForForm, legal: LegalFieldSpec): { label: string; options: FormOption[] } {
  const keys = legal.formKeys.map((key) => key.toLowerCase());
  const asked = form.questions.find((each) => keys.includes(each.key.toLowerCase()));
  const allowed = legal.options.map((option) => option.value);
  const fits = asked && asked.options.length > 0 && asked.options.every((option) => allowed.includes(option.value));
  return { label: asked?.prompt ?? legal.label, options: fits ? asked.options : legal.options };
}

export function legalFormDescription(form: LegalFormForForm): string {
  const omb = form.ombNumber
    ? ` · OMB control number ${escapeHtml(form.ombNumber)}${form.ombExpiresOn ? ` · expires ${escapeHtml(form.ombExpiresOn)}` : ""}`
    : "";
  const heading = `<p><strong>${escapeHtml(form.title)}</strong> (version ${escapeHtml(form.version)}${omb})</p>`;
  return `${heading}\n${renderMarkdown(form.bodyMarkdown, { headingOffset: 2 })}`;
}

function legalQuestionsOf(name: LegalFormName, form: LegalFormForForm): ApplicationQuestion[] {
  const { versionField, fields } = LEGAL_FIELDS[name];
  const asked = fields.map((legal, index) => {
    const { label, options } = publishedWording(form, legal);
    const values: FieldOption[] = options.map((option) => ({ value: option.value, label: option.label }));
    const published: ApplicationField = field(
      legal.name,
      legal.path,
      legal.type,
      legal.decode(legal.options.map((option) => option.value)),
      values,
    );
    return question(label, legal.required, [published], index === 0 ? legalFormDescription(form) : null);
  });
  const version: ApplicationField = {
    ...field(versionField, `legalVersions.${name}`, "input_hidden", codec.text, [
      { value: form.id, label: `${form.title}, version ${form.version}` },
    ]),
    defaultValue: form.id,
  };
  return [...asked, question(`${form.title}: version answered`, false, [version])];
}

export function buildLegalQuestions(context: ApplicationFormContext): ApplicationQuestion[] {
  const order: LegalFormName[] = ["workAuthorization", "exportControl", "accommodation", "privacyNotice"];
  return order.flatMap((name) => legalQuestionsOf(name, context.legal[name]));
}

export function buildComplianceBlocks(context: ApplicationFormContext): ComplianceBlock[] {
  if (!context.selfId) return [];
  const { invitation, forms } = context.selfId;
  const names = (Object.keys(SELF_ID_FIELD_NAMES) as SelfIdFormName[]).filter((name) => forms[name]);
  return names.map((name, index) => {
    const form = forms[name]!;
    const asked = form.questions[0];
    const options = asked?.options ?? [];
    const selfIdField = field(
      SELF_ID_FIELD_NAMES[name],
      `selfIdentification.${name}`,
      "multi_value_single_select",
      codec.oneOf(options.map((option) => option.value)),
      options.map((option) => ({ value: option.value, label: option.label })),
    );
    const intro = index === 0 ? `${legalFormDescription(invitation)}\n` : "";
    return {
      type: "eeoc" as const,
      description: `${intro}${legalFormDescription(form)}`,
      questions: [question(asked?.prompt ?? form.title, false, [selfIdField])],
    };
  });
}
