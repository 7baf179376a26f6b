// Filling the careers application form as a candidate would: controls are found by their labels
// (job questions) or by the ids fieldDomId in components/forms/form-errors.ts gives them (legal
// questions, whose wording is versioned).
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
  await page.locator("#f-firstName").fill(candidate.firstName);
  await page.locator("#f-lastName").fill(candidate.lastName);
  await page.locator("#f-email").fill(candidate.email);
  await page.locator("#f-phone").fill(candidate.phone);
  await page.locator("#f-location").fill(candidate.location);
  await page.locator("#f-resume").setInputFiles(resumeUpload());
  await fillRequiredAnswers(page);
}

/** The required job and legal answers, for a test that fills the contact details its own way. */
export async function fillRequiredAnswers(page: Page): Promise<void> {
  await page.getByLabel(SEED_QUESTIONS.years).fill("8");
  await page.getByRole("group", { name: SEED_QUESTIONS.onSite }).getByLabel("Yes", { exact: true }).check();
  await page.locator("#f-workAuthorization-authorizedToWork-0").check(); // Yes
  await page.locator("#f-workAuthorization-requiresSponsorship-1").check(); // No
  await page.locator("#f-exportControl-canReceiveWithoutLicense-0").check(); // Yes
  await page.locator("#f-privacyAcknowledged").check();
}

/** The optional parts too: links, more answers, an accommodation request, self-identification. */
export async function fillOptional(page: Page): Promise<void> {
  await page.locator("#f-preferredName").fill("Ada");
  await page.locator("#f-pronouns").fill("she/her");
  await page
    .locator("#f-coverLetterText")
    .fill("I have embedded V8 in two products and would love to work on workerd.");
  await page.locator("#f-linkedinUrl").fill("https://www.linkedin.com/in/ada-example");
  await page.locator("#f-githubUrl").fill("https://github.com/ada-example");
  await page.locator("#f-websiteUrl").fill("https://ada.example.com");
  await page.getByRole("group", { name: SEED_QUESTIONS.engines }).getByLabel("V8", { exact: true }).check();
  await page.getByRole("group", { name: SEED_QUESTIONS.engines }).getByLabel("Wasmtime", { exact: true }).check();
  await page
    .getByLabel(SEED_QUESTIONS.incident)
    .fill("A use-after-free in an isolate teardown path; found with ASan and a core dump.");
  await page.locator("#f-exportControl-usPerson-2").check(); // I prefer not to answer

  await page.locator("#f-accommodation-requested").check();
  await page.locator("#f-accommodation-kinds-0").check(); // A change to the application or interview process
  await page.locator("#f-accommodation-details").fill("Please share technical interview questions in writing.");
  await page.locator("#f-accommodation-preferredContact-0").check(); // Email

  await page.locator("#f-selfIdentification-gender-1").check(); // Female
  await page.locator("#f-selfIdentification-ethnicity-1").check(); // No
  await page.locator("#f-selfIdentification-race-2").check(); // Asian
  await page.locator("#f-selfIdentification-veteran-1").check(); // Not a protected veteran
  await page.locator("#f-selfIdentification-disability-2").check(); // I do not want to answer
  await page.locator("#f-keepOnFile").check();
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
