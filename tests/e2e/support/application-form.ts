// Filling the careers application form as a candidate would: controls are found by their labels
// (job questions) or by the ids of components/application-form/field-id.ts (legal questions,
// whose wording is versioned).
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { SEED_JOB_SLUG, workersRuntimeEngineer } from "../../../prisma/seed-data/postings/workers-runtime-engineer";
import { minimalPdf } from "../../support/documents";

export const seedJob = workersRuntimeEngineer;
export const seedJobSlug = SEED_JOB_SLUG;
export const applyPath = `/jobs/${SEED_JOB_SLUG}/apply`;

export const SEED_QUESTIONS = {
  years: "How many years have you worked professionally in C or C++?",
  engines: "Which of these JavaScript or WebAssembly engines have you worked on or embedded?",
  incident: "Tell us about a production incident you debugged.",
  onSite:
    "This role is hybrid and based in San Francisco. Are you able to work from our San Francisco office on a regular basis?",
} as const;

/** An address no other test (or earlier run against the same database) uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A real PDF as Playwright's setInputFiles payload. */
export function resumeUpload(name = "ada-lovelace-resume.pdf") {
  return { name, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf(`Resume ${name}`)) };
}

export type Candidate = { firstName: string; lastName: string; email: string; phone: string; location: string };

export function newCandidate(label: string): Candidate {
  return {
    firstName: "Ada",
    lastName: "Lovelace",
    email: uniqueEmail(label),
    phone: "+1 415 555 0100",
    location: "San Francisco, USA",
  };
}

export async function openApplyForm(page: Page): Promise<void> {
  await page.goto(applyPath);
  await waitForFormReady(page);
}

/**
 * The form is server-rendered, then hydrated: typing before React owns it would be lost to the
 * form state. React marks the DOM nodes it manages with `__reactProps$…` keys once hydrated.
 */
export async function waitForFormReady(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: `Apply for ${seedJob.title}` })).toBeVisible();
  await page.waitForFunction(() => {
    const form = document.querySelector("form[aria-describedby='form-intro']");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
}

/** Every required answer, nothing optional. */
export async function fillRequired(page: Page, candidate: Candidate): Promise<void> {
  await page.locator("#field-firstName").fill(candidate.firstName);
  await page.locator("#field-lastName").fill(candidate.lastName);
  await page.locator("#field-email").fill(candidate.email);
  await page.locator("#field-phone").fill(candidate.phone);
  await page.locator("#field-location").fill(candidate.location);
  await page.locator("#field-resume").setInputFiles(resumeUpload());
  await page.getByLabel(SEED_QUESTIONS.years).fill("8");
  await page.getByRole("group", { name: SEED_QUESTIONS.onSite }).getByLabel("Yes", { exact: true }).check();
  await page.locator("#field-workAuthorization-authorizedToWork-0").check(); // Yes
  await page.locator("#field-workAuthorization-requiresSponsorship-1").check(); // No
  await page.locator("#field-exportControl-canReceiveWithoutLicense-0").check(); // Yes
  await page.locator("#field-privacyAcknowledged").check();
}

/** The optional parts too: links, more answers, an accommodation request, self-identification. */
export async function fillOptional(page: Page): Promise<void> {
  await page.locator("#field-preferredName").fill("Ada");
  await page.locator("#field-pronouns").fill("she/her");
  await page
    .locator("#field-coverLetterText")
    .fill("I have embedded V8 in two products and would love to work on workerd.");
  await page.locator("#field-linkedinUrl").fill("https://www.linkedin.com/in/ada-example");
  await page.locator("#field-githubUrl").fill("https://github.com/ada-example");
  await page.locator("#field-websiteUrl").fill("https://ada.example.com");
  await page.getByRole("group", { name: SEED_QUESTIONS.engines }).getByLabel("V8", { exact: true }).check();
  await page.getByRole("group", { name: SEED_QUESTIONS.engines }).getByLabel("Wasmtime", { exact: true }).check();
  await page
    .getByLabel(SEED_QUESTIONS.incident)
    .fill("A use-after-free in an isolate teardown path; found with ASan and a core dump.");
  await page.locator("#field-exportControl-usPerson-2").check(); // I prefer not to answer

  await page.locator("#field-accommodation-requested").check();
  await page.locator("#field-accommodation-kinds-0").check(); // A change to the application or interview process
  await page.locator("#field-accommodation-details").fill("Please share technical interview questions in writing.");
  await page.locator("#field-accommodation-preferredContact-0").check(); // Email

  await page.locator("#field-selfIdentification-gender-1").check(); // Female
  await page.locator("#field-selfIdentification-ethnicity-1").check(); // No
  await page.locator("#field-selfIdentification-race-2").check(); // Asian
  await page.locator("#field-selfIdentification-veteran-1").check(); // Not a protected veteran
  await page.locator("#field-selfIdentification-disability-2").check(); // I do not want to answer
  await page.locator("#field-keepOnFile").check();
}

/** The form's error summary (Next.js also renders an empty role="alert" route announcer). */
export function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.locator("#form-error-summary-title") });
}

/** The answers saved in this browser's draft (localStorage), once they include `fragment`. */
export async function waitForDraftContaining(page: Page, fragment: string): Promise<void> {
  const key = `trellis:application-draft:${SEED_JOB_SLUG}`;
  await expect.poll(() => page.evaluate((draftKey) => window.localStorage.getItem(draftKey), key)).toContain(fragment);
}

export function submitButton(page: Page) {
  return page.getByRole("button", { name: "Submit application" });
}

/** Waits for the confirmation page and returns the reference it shows. */
export async function expectConfirmation(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/apply\/confirmation\?reference=/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Application received" })).toBeVisible();
  const reference = (await page.getByTestId("application-reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/\S/);
  return reference;
}
