// The whole application with the keyboard only: Tab / Shift+Tab to move, typing, Space for
// checkboxes and radios, arrow keys within a radio group, Enter to submit. The one exception is
// the resume: a file chooser is an operating-system dialog Playwright cannot drive with keys, so
// the file is set with setInputFiles once the file input has keyboard focus.
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  expectConfirmation,
  newCandidate,
  openApplyForm,
  resumeUpload,
  SEED_QUESTIONS,
  submitButton,
} from "./support/application-form";
import { countApplicationsFor } from "./support/database";

const MAX_TAB_STOPS = 60;

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable that way. */
async function tabTo(page: Page, target: Locator, { backwards = false } = {}): Promise<void> {
  for (let stop = 0; stop < MAX_TAB_STOPS; stop += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${target} was not reached with ${backwards ? "Shift+Tab" : "Tab"} within ${MAX_TAB_STOPS} stops`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Radio groups: Tab lands on the group, Space picks the focused option, arrows move the choice. */
async function chooseRadio(page: Page, group: Locator, arrowDowns: number): Promise<void> {
  await tabTo(page, group.getByRole("radio").first());
  if (arrowDowns === 0) await page.keyboard.press("Space");
  for (let press = 0; press < arrowDowns; press += 1) await page.keyboard.press("ArrowDown");
}

test("a candidate completes and submits the form with the keyboard alone", async ({ page }) => {
  const candidate = newCandidate("keyboard");
  await openApplyForm(page);
  // Start from the top of the document, as a keyboard user arriving on the page does.
  await page.locator("body").evaluate((body) => {
    (document.activeElement as HTMLElement | null)?.blur();
    body.focus();
  });

  await typeInto(page, page.locator("#f-firstName"), candidate.firstName);
  await typeInto(page, page.locator("#f-lastName"), "Lovelase");
  await typeInto(page, page.locator("#f-email"), candidate.email);
  // Noticed a typo: back with Shift+Tab, select all, retype.
  await tabTo(page, page.locator("#f-lastName"), { backwards: true });
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(candidate.lastName);
  await typeInto(page, page.locator("#f-phone"), candidate.phone);
  await typeInto(page, page.locator("#f-location"), candidate.location);

  await tabTo(page, page.locator("#f-resume"));
  await page.locator("#f-resume").setInputFiles(resumeUpload("keyboard-resume.pdf"));
  await expect(page.getByText("Attached:")).toContainText("keyboard-resume.pdf");

  await typeInto(page, page.getByLabel(SEED_QUESTIONS.years), "6");
  // Multi-select: checkboxes toggle with Space.
  const engines = page.getByRole("group", { name: SEED_QUESTIONS.engines });
  await tabTo(page, engines.getByLabel("V8", { exact: true }));
  await page.keyboard.press("Space");
  await chooseRadio(page, page.getByRole("group", { name: SEED_QUESTIONS.onSite }), 0); // Yes

  await chooseRadio(page, page.locator("#f-workAuthorization-authorizedToWork"), 0); // Yes
  // Arrow keys: Space picks "Yes", ArrowDown moves the choice to "No".
  await tabTo(page, page.locator("#f-workAuthorization-requiresSponsorship-0"));
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await chooseRadio(page, page.locator("#f-exportControl-canReceiveWithoutLicense"), 0); // Yes

  await tabTo(page, page.locator("#f-accommodation-requested"));
  await page.keyboard.press("Space");
  await tabTo(page, page.locator("#f-accommodation-kinds-1"));
  await page.keyboard.press("Space");
  await typeInto(page, page.locator("#f-accommodation-details"), "Large-print documents, please.");
  await chooseRadio(page, page.locator("#f-accommodation-preferredContact"), 0); // Email

  await tabTo(page, page.locator("#f-privacyAcknowledged"));
  await page.keyboard.press("Space");
  await chooseRadio(page, page.locator("#f-selfIdentification-gender"), 3); // the decline answer

  // The keys did what a keyboard user expects.
  await expect(page.locator("#f-lastName")).toHaveValue(candidate.lastName);
  await expect(page.locator("#f-workAuthorization-requiresSponsorship-1")).toBeChecked();
  await expect(page.locator("#f-selfIdentification-gender-3")).toBeChecked();
  await expect(page.locator("#f-accommodation-kinds-1")).toBeChecked();

  await tabTo(page, submitButton(page));
  await page.keyboard.press("Enter");
  await expectConfirmation(page);
  expect(await countApplicationsFor(candidate.email)).toBe(1);
});
