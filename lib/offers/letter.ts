// The offer letter's merge fields and text. Pure, so the staff preview, the candidate's page and
// the PDF render exactly the same words.
import { formatLongDate } from "@/lib/format/dates";
import { legalFullName, preferredFirstName } from "@/lib/format/names";
import type { EmploymentType, SalaryUnit } from "@/lib/generated/prisma/enums";
import { EMPLOYMENT_TYPE_LABELS, formatBasePay } from "./labels";

export type LetterData = {
  candidate: { firstName: string; lastName: string; preferredName: string | null };
  job: { title: string };
  organization: { name: string };
  offer: {
    baseAmount: number;
    currency: string;
    payPeriod: SalaryUnit;
    bonus: string | null;
    equity: string | null;
    startDate: Date;
    workLocation: string;
    employmentType: EmploymentType;
    expiresOn: Date;
  };
};

const FIELDS = {
  "candidate.firstName": (data: LetterData) => preferredFirstName(data.candidate),
  "candidate.fullName": (data: LetterData) => legalFullName(data.candidate),
  "job.title": (data: LetterData) => data.job.title,
  "organization.name": (data: LetterData) => data.organization.name,
  "offer.basePay": (data: LetterData) =>
    formatBasePay(data.offer.baseAmount, data.offer.currency, data.offer.payPeriod),
  "offer.bonus": (data: LetterData) => data.offer.bonus || "None",
  "offer.equity": (data: LetterData) => data.offer.equity || "None",
  "offer.startDate": (data: LetterData) => formatLongDate(data.offer.startDate),
  "offer.workLocation": (data: LetterData) => data.offer.workLocation,
  "offer.employmentType": (data: LetterData) => EMPLOYMENT_TYPE_LABELS[data.offer.employmentType],
  "offer.expiresOn": (data: LetterData) => formatLongDate(data.offer.expiresOn),
} as const satisfies Record<string, (data: LetterData) => string>;

export const LETTER_MERGE_FIELDS = Object.keys(FIELDS);

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Field names a template uses that do not exist: a letter is never sent with raw braces. */
export function unknownLetterFields(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  return [...new Set(names.filter((name) => !Object.hasOwn(FIELDS, name)))];
}

/**
 * The letter as paragraphs of plain text. A conditional offer's clause (the versioned legal
 * text) is its own paragraph after the template's, so no template can leave it out.
 */
export function renderLetter(template: string, data: LetterData, conditionalClause: string | null): string[] {
  const text = template
    .replace(/\r\n?/g, "\n")
    .replace(PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(FIELDS, name) ? FIELDS[name as keyof typeof FIELDS](data) : whole,
    );
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return conditionalClause ? [...paragraphs, conditionalClause.trim()] : paragraphs;
}

export const DEFAULT_OFFER_LETTER = `Dear {{candidate.firstName}},

We are delighted to offer you the position of {{job.title}} at {{organization.name}}.

Base pay: {{offer.basePay}}
Bonus: {{offer.bonus}}
Equity: {{offer.equity}}
Employment type: {{offer.employmentType}}
Work location: {{offer.workLocation}}
Start date: {{offer.startDate}}

This offer is open until the end of {{offer.expiresOn}}. You can accept or decline it on your application's status page.

We look forward to working with you.

{{organization.name}}`;
