import { expect, test } from "@playwright/test";
import { ALL_POSTINGS } from "../../prisma/seed-data/postings";
import { errorSummary, fillRequired, newCandidate, openApplyForm, submitButton } from "./support/application-form";

const closedJob = ALL_POSTINGS.find((posting) => posting.status === "CLOSED");

/** A Windows executable's header under a .pdf name and type: only the content tells. */
function disguisedExecutable() {
  const bytes = Buffer.alloc(2048);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff], 0);
  bytes.write("This program cannot be run in DOS mode.", 78, "latin1");
  return { name: "resume.pdf", mimeType: "application/pdf", buffer: bytes };
}

test.describe("application form validation", () => {
  test("submitting an empty form lists every problem, and each link moves focus to its field", async ({ page }) => {
    await openApplyForm(page);
    await submitButton(page).click();

    const summary = errorSummary(page);
    await expect(summary).toContainText("There is a problem with your application");
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Enter your first name" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Attach your resume" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Confirm that you have read the privacy notice" })).toBeVisible();

    // The field's own message is tied to it for screen readers.
    await expect(page.locator("#f-firstName")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#f-firstName")).toHaveAccessibleDescription(/Enter your first name/);

    await summary.getByRole("link", { name: "Enter your first name" }).click();
    await expect(page.locator("#f-firstName")).toBeFocused();
    await summary.getByRole("link", { name: "Enter your email address" }).click();
    await expect(page.locator("#f-email")).toBeFocused();
    await summary.getByRole("link", { name: /authorized to work/ }).click();
    await expect(page.locator("#f-workAuthorization-authorizedToWork")).toBeFocused();
  });

  test("an executable renamed to .pdf is refused by the server, at the resume field", async ({ page }) => {
    await openApplyForm(page);
    await fillRequired(page, newCandidate("exe"));
    await page.locator("#f-resume").setInputFiles(disguisedExecutable());
    await submitButton(page).click();

    const message = page.locator("#f-resume-error");
    await expect(message).toContainText("not a readable PDF or Word (.docx) document");
    await expect(page.locator("#f-resume")).toHaveAttribute("aria-invalid", "true");
    await expect(errorSummary(page)).toContainText("not a readable PDF or Word (.docx) document");
    await expect(page).toHaveURL(/\/apply$/);
  });

  test("a closed job's apply page says it is closed and shows no form", async ({ page }) => {
    expect(closedJob, "the seed has a closed posting").toBeTruthy();
    await page.goto(`/jobs/${closedJob!.slug}/apply`);
    await expect(page.getByRole("heading", { level: 1, name: "This position is closed" })).toBeVisible();
    await expect(page.getByText("It no longer accepts applications.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit application" })).toHaveCount(0);
  });
});
