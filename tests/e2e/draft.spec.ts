import { expect, test, type Page } from "@playwright/test";
import {
  expectConfirmation,
  fillRequired,
  newCandidate,
  openApplyForm,
  resumeUpload,
  SEED_QUESTIONS,
  seedJobSlug,
  submitButton,
  waitForDraftContaining,
} from "./support/application-form";

const draftKey = `trellis:application-draft:${seedJobSlug}`;

async function savedDraft(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), draftKey);
}

test("a reload restores the answers and the attached resume; a successful submit clears the draft", async ({
  page,
}) => {
  const candidate = newCandidate("draft");
  await openApplyForm(page);
  await page.locator("#f-firstName").fill("Grace");
  await page.locator("#f-email").fill(candidate.email);
  await page.locator("#f-location").fill("Lisbon, Portugal");
  await page.getByLabel(SEED_QUESTIONS.years).fill("12");
  await page.locator("#f-workAuthorization-requiresSponsorship-1").check();
  await page.locator("#f-resume").setInputFiles(resumeUpload("grace-hopper-cv.pdf"));
  await expect(page.getByText("Attached:")).toContainText("grace-hopper-cv.pdf");
  // The answers are saved a moment after the last change.
  await waitForDraftContaining(page, candidate.email);
  await waitForDraftContaining(page, '"requiresSponsorship":"NO"');

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "We restored the answers you saved" })).toBeVisible();
  await expect(page.locator("#f-firstName")).toHaveValue("Grace");
  await expect(page.locator("#f-email")).toHaveValue(candidate.email);
  await expect(page.locator("#f-location")).toHaveValue("Lisbon, Portugal");
  await expect(page.getByLabel(SEED_QUESTIONS.years)).toHaveValue("12");
  await expect(page.locator("#f-workAuthorization-requiresSponsorship-1")).toBeChecked();
  await expect(page.getByText("Attached:")).toContainText("grace-hopper-cv.pdf");

  // Finish and send (fillRequired re-enters every required answer, the restored ones included).
  await fillRequired(page, { ...candidate, firstName: "Grace" });
  await submitButton(page).click();
  await expectConfirmation(page);
  expect(await savedDraft(page)).toBeNull();

  await openApplyForm(page);
  await expect(page.locator("#f-firstName")).toHaveValue("");
  await expect(page.locator("#f-email")).toHaveValue("");
  await expect(page.getByText("Attached:")).toHaveCount(0);
  await expect(page.getByText("We restored the answers you saved")).toHaveCount(0);
});
