// Applying in the second language (issue 15): a German browser lands on the German posting,
// switches to English and back with the language link, and applies in German: the validation
// errors and the confirmation are German, every German page is axe-clean, and the application
// records the language it was made in (docs/decisions/0041). A German candidate's status page
// (one address for every language, decision 0042) and its forms' errors are German too.
import { expect, test, type Page } from "@playwright/test";
import { newStatusToken } from "../../lib/submissions/reference";
import { createApplication, createJob } from "../factories";
import { expectNoAxeViolations } from "./support/axe";
import {
  errorSummary,
  newCandidate,
  resumeUpload,
  SEED_QUESTIONS,
  seedJob,
  seedJobSlug,
} from "./support/application-form";
import { queryRows } from "./support/database";
import { withE2ePrisma } from "./support/pipeline-data";

// Chromium sends Accept-Language from the context's locale.
test.use({ locale: "de-DE" });

const germanPosting = `/de/jobs/${seedJobSlug}`;

async function expectLanguage(page: Page, lang: "de" | "en") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/** The form is usable once React has hydrated it (see waitForFormReady in support/application-form.ts). */
async function waitForGermanForm(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: `Bewerbung als ${seedJob.title}` })).toBeVisible();
  await page.waitForFunction(() => {
    const form = document.querySelector("form[aria-describedby='form-intro']");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
}

/**
 * The form's sections skip layout until they come near the screen (content-visibility: auto,
 * with a guessed height; components/application-form/form-section.tsx). The German texts are
 * longer than the guess, so before a candidate scrolls, unrendered sections sit under later
 * ones and axe measures overlapping targets no one can reach. Scrolling through the form, as a
 * candidate does, gives each section its real height.
 */
async function scrollThroughForm(page: Page) {
  for (const section of await page.locator("form section").all()) await section.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
}

test("a German browser applies in German, switching language on the way", async ({ page, context }) => {
  // The English address of a first visit without a language cookie: Accept-Language picks German.
  await page.goto(`/jobs/${seedJobSlug}`);
  await expect(page).toHaveURL(germanPosting);
  await expectLanguage(page, "de");
  await expect(page.getByRole("heading", { level: 1, name: seedJob.title })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Über diese Stelle" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The German posting is a cached page of its own, like the English one.
  await page.request.get(germanPosting);
  const cached = await page.request.get(germanPosting);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");

  // To English and back by keyboard: plain links, remembered in the cookie.
  const language = page.getByRole("navigation", { name: "Sprache" });
  await language.getByRole("link", { name: "English" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/jobs/${seedJobSlug}`);
  await expectLanguage(page, "en");
  await expect(page.getByRole("link", { name: "Apply for this job" }).first()).toBeVisible();
  expect((await context.cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("en");
  // The cookie now wins over the browser's German.
  await page.goto(`/jobs/${seedJobSlug}`);
  await expectLanguage(page, "en");

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(germanPosting);
  await expectLanguage(page, "de");
  expect((await context.cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("de");

  await page.getByRole("link", { name: "Jetzt bewerben" }).first().click();
  await expect(page).toHaveURL(`${germanPosting}/apply`);
  await waitForGermanForm(page);
  await expectLanguage(page, "de");
  await scrollThroughForm(page);
  await expectNoAxeViolations(page);

  // Sending it empty: the error summary and the field errors speak German.
  await page.getByRole("button", { name: "Bewerbung absenden" }).click();
  const summary = page.getByRole("alert").filter({ has: page.locator("#form-error-summary-title") });
  await expect(summary.getByRole("heading", { name: "Ihre Bewerbung hat noch Fehler" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Vorname: Bitte ausfüllen" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Lebenslauf: Bitte Datei anhängen" })).toBeVisible();
  await expect(page.locator("#f-firstName")).toHaveAccessibleDescription(/Vorname: Bitte ausfüllen/);
  await scrollThroughForm(page);
  await expectNoAxeViolations(page);

  const candidate = newCandidate("german");
  await page.locator("#f-firstName").fill(candidate.firstName);
  await page.locator("#f-lastName").fill(candidate.lastName);
  await page.locator("#f-email").fill(candidate.email);
  await page.locator("#f-phone").fill("+49 30 1234567");
  await page.locator("#f-location").fill("Berlin, Deutschland");
  await page.locator("#f-resume").setInputFiles(resumeUpload());
  await expect(page.getByText("Angehängt:")).toContainText("ada-lovelace-resume.pdf");
  await page.getByLabel(SEED_QUESTIONS.years).fill("8");
  await page.getByRole("group", { name: SEED_QUESTIONS.onSite }).getByLabel("Ja", { exact: true }).check();
  await page.locator("#f-workAuthorization-authorizedToWork-0").check();
  await page.locator("#f-workAuthorization-requiresSponsorship-1").check();
  await page.locator("#f-exportControl-canReceiveWithoutLicense-0").check();
  await page.locator("#f-privacyAcknowledged").check();
  await page.getByRole("button", { name: "Bewerbung absenden" }).click();

  await expect(page).toHaveURL(new RegExp(`${germanPosting}/apply/confirmation\\?reference=`));
  await expect(page.getByRole("heading", { level: 1, name: "Bewerbung eingegangen" })).toBeVisible();
  await expectLanguage(page, "de");
  const reference = (await page.getByTestId("application-reference").textContent())?.trim();
  expect(reference).toBeTruthy();
  await expectNoAxeViolations(page);

  const [application] = await queryRows<{ locale: string }>(`SELECT locale FROM "Application" WHERE reference = $1`, [
    reference,
  ]);
  expect(application?.locale).toBe("de");
});

/** An application made in German with an arranged accommodation request, and its private status link. */
async function germanApplicationWithStatusLink(): Promise<string> {
  const { token, hash } = newStatusToken();
  await withE2ePrisma(async (prisma) => {
    const job = await createJob(prisma);
    const application = await createApplication(prisma, {
      jobId: job.id,
      accommodation: true,
      overrides: { locale: "de", statusTokenHash: hash, statusLinkIssuedAt: new Date() },
    });
    await prisma.accommodationRequest.update({
      where: { applicationId: application.id },
      data: { status: "ARRANGED", panelArrangement: "Fragen vorab schriftlich" },
    });
  });
  return `/applications/status/${token}`;
}

test("a German candidate's status page and its forms speak German", async ({ page }) => {
  const statusPath = await germanApplicationWithStatusLink();
  await page.goto(statusPath);
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Bewerbung" })).toBeVisible();
  await expect(page.getByTestId("candidate-status")).toHaveText("Eingegangen");
  // The accommodation request's status comes from the messages, not the staff side's words.
  const accommodation = page.getByTestId("accommodation-summary");
  await expect(accommodation).toContainText("Status: Organisiert.");
  await expect(accommodation).toContainText("Die Vorkehrungen für Ihre Gespräche sind organisiert.");
  await expect(accommodation).not.toContainText("Arranged");
  await expectNoAxeViolations(page);

  // A refused change is explained in German, in the summary and at the field.
  await page.getByRole("link", { name: "Ihre Anfrage nach Vorkehrungen ändern" }).click();
  await expect(page).toHaveURL(`${statusPath}/accommodation`);
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Anfrage nach Vorkehrungen ändern" })).toBeVisible();
  // The required group's legend says so in German to a screen reader.
  await expect(page.getByRole("group", { name: /\(Pflichtangabe\)/ })).toBeVisible();
  for (const kind of await page.locator('input[name="request.kinds"]:checked').all()) await kind.uncheck();
  await page.getByLabel(/Erzählen Sie uns mehr/).fill("");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  const summary = errorSummary(page);
  await expect(summary.getByRole("heading", { name: "Ihre Anfrage wurde nicht gespeichert" })).toBeVisible();
  const kindOrDetails = "Bitte wählen Sie die Art der Unterstützung oder beschreiben Sie, was helfen würde";
  await expect(summary.getByRole("link", { name: kindOrDetails })).toBeVisible();
  await expect(page.getByLabel(/Erzählen Sie uns mehr/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(/Erzählen Sie uns mehr/)).toHaveAccessibleDescription(new RegExp(kindOrDetails));
  await expect(summary).not.toContainText(/Choose|Enter|Check the form|Some answers/);
  await expectNoAxeViolations(page);
});
