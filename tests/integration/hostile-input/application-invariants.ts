// What an accepted application must look like, written independently of the schema, so a
// property test can tell "accepted" from "valid".
import { expect } from "vitest";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MB10 = 10 * 1024 * 1024;

function expectText(
  value: unknown,
  label: string,
  { max, optional = false, multiline = false }: { max: number; optional?: boolean; multiline?: boolean },
) {
  if (optional && value === undefined) return;
  expect(typeof value, label).toBe("string");
  const text = value as string;
  expect(text.length, label).toBeGreaterThan(0);
  expect(text.length, label).toBeLessThanOrEqual(max);
  expect(text, label).toBe(text.trim());
  expect((multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(text), `${label} has control characters`).toBe(false);
}

function expectWebUrl(value: unknown, label: string, optional = true) {
  if (optional && value === undefined) return;
  expect(typeof value, label).toBe("string");
  const url = new URL(value as string);
  expect(["http:", "https:"], label).toContain(url.protocol);
}

/** Throws (through expect) unless `data`, a successful parse, is a valid application. */
export function expectValidApplication(data: Record<string, unknown>, context: ApplicationFormContext): void {
  const known = new Set([
    "submissionKey",
    "firstName",
    "lastName",
    "preferredName",
    "pronouns",
    "email",
    "phone",
    "location",
    "resume",
    "coverLetterFile",
    "coverLetterText",
    "linkedinUrl",
    "githubUrl",
    "websiteUrl",
    "answers",
    "workAuthorization",
    "exportControl",
    "accommodation",
    "selfIdentification",
    "privacyAcknowledged",
    "keepOnFile",
    "legalVersions",
    "tracking",
  ]);
  for (const key of Object.keys(data)) expect(known.has(key), `unexpected field ${key}`).toBe(true);
  expect(data.submissionKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expectText(data.firstName, "firstName", { max: 100 });
  expectText(data.lastName, "lastName", { max: 100 });
  expectText(data.preferredName, "preferredName", { max: 100, optional: true });
  expectText(data.pronouns, "pronouns", { max: 40, optional: true });
  expectText(data.location, "location", { max: 200 });
  expectText(data.coverLetterText, "coverLetterText", { max: 10_000, optional: true, multiline: true });
  expect(data.email).toMatch(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/);
  expect(String(data.email).length).toBeLessThanOrEqual(254);
  expect(data.phone).toMatch(/^\+?[0-9 ().-]+$/);
  expect(String(data.phone).replace(/\D/g, "").length).toBeGreaterThanOrEqual(7);
  for (const key of ["resume", "coverLetterFile"] as const) {
    const file = data[key];
    if (key === "coverLetterFile" && file === undefined) continue;
    expect(file, key).toBeInstanceOf(File);
    expect((file as File).size).toBeGreaterThan(0);
    expect((file as File).size).toBeLessThanOrEqual(MB10);
    expect((file as File).name.toLowerCase()).toMatch(/\.(pdf|docx)$/);
  }
  for (const key of ["linkedinUrl", "githubUrl", "websiteUrl"] as const) expectWebUrl(data[key], key);

  const answers = data.answers as Record<string, unknown>;
  for (const key of Object.keys(answers))
    expect(
      context.questions.some((question) => String(question.id) === key),
      `answer to unknown question ${key}`,
    ).toBe(true);
  for (const question of context.questions) {
    const answer = answers[String(question.id)];
    if (answer === undefined) {
      expect(question.required, `required answer ${question.label} missing`).toBe(false);
      continue;
    }
    const optionIds = question.options.map((option) => option.id);
    switch (question.type) {
      case "SHORT_TEXT":
        expectText(answer, question.label, { max: 500 });
        break;
      case "LONG_TEXT":
        expectText(answer, question.label, { max: 5000, multiline: true });
        break;
      case "URL":
        expectWebUrl(answer, question.label, false);
        break;
      case "NUMBER":
        expect(Number.isFinite(answer), question.label).toBe(true);
        expect(Math.abs(answer as number)).toBeLessThanOrEqual(1_000_000_000);
        break;
      case "YES_NO":
        expect(["YES", "NO"]).toContain(answer);
        break;
      case "SINGLE_SELECT":
        expect(optionIds).toContain(answer);
        break;
      case "MULTI_SELECT": {
        const ids = answer as number[];
        expect(Array.isArray(ids)).toBe(true);
        for (const id of ids) expect(optionIds).toContain(id);
        expect(new Set(ids).size).toBe(ids.length);
        if (question.required) expect(ids.length).toBeGreaterThan(0);
      }
    }
  }

  const work = data.workAuthorization as Record<string, unknown>;
  expect(["YES", "NO"]).toContain(work.authorizedToWork);
  expect(["YES", "NO"]).toContain(work.requiresSponsorship);
  const exportControl = data.exportControl as Record<string, unknown>;
  expect(["YES", "NO", "NOT_SURE"]).toContain(exportControl.canReceiveWithoutLicense);
  expect([undefined, "YES", "NO", "DECLINE"]).toContain(exportControl.usPerson);
  const accommodation = data.accommodation as {
    requested: boolean;
    kinds: string[];
    details?: string;
    preferredContact?: string;
  };
  expect(typeof accommodation.requested).toBe("boolean");
  expectText(accommodation.details, "accommodation.details", { max: 3000, optional: true, multiline: true });
  if (accommodation.requested) {
    expect(["EMAIL", "PHONE"]).toContain(accommodation.preferredContact);
    expect(accommodation.kinds.length > 0 || Boolean(accommodation.details)).toBe(true);
  }
  const selfId = data.selfIdentification as Record<string, unknown>;
  for (const [name, value] of Object.entries(selfId)) {
    if (value === undefined) continue;
    const form = context.selfId?.forms[name as keyof NonNullable<ApplicationFormContext["selfId"]>["forms"]];
    expect(
      form?.questions.flatMap((question) => question.options.map((option) => option.value)) ?? [],
      `self-id ${name}`,
    ).toContain(value);
  }
  expect(data.privacyAcknowledged).toBe(true);
  expect(typeof data.keepOnFile).toBe("boolean");
}
