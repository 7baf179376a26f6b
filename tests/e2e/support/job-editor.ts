// Job editor steps shared by specs. What a California posting needs before it may be published
// (lib/publishing): the first section declared as stating the equal-opportunity statement and the
// accommodation contact, and a pay range.
import { expect, type Page } from "@playwright/test";

export async function declarePostingStatements(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: "The equal-opportunity statement" }).first().check();
  await page
    .getByRole("checkbox", { name: /accommodation contact/ })
    .first()
    .check();
}

export async function fillPayRange(page: Page): Promise<void> {
  await page.getByLabel("Minimum", { exact: true }).fill("150000");
  await page.getByLabel("Maximum", { exact: true }).fill("190000");
  await page.getByLabel("Currency", { exact: true }).fill("USD");
  await page.getByLabel("Pay period", { exact: true }).selectOption("YEAR");
}

/** A published job with one section ("Version one of this posting."), made in the editor; its slug. */
export async function createPublishedJob(page: Page, title: string): Promise<string> {
  await page.goto("/hiring/jobs/new");
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Summary").fill("Keep the careers site fast on every machine.");
  await page.getByLabel("Department").selectOption({ label: "Engineering" });
  await page.getByRole("checkbox", { name: /^San Francisco/ }).check();
  await page.getByLabel("Heading").first().fill("About the role");
  await page.getByLabel("Text (Markdown)").first().fill("Version one of this posting.");
  await declarePostingStatements(page);
  await fillPayRange(page);
  const slug = await page.getByLabel("Posting address").inputValue();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/hiring\/jobs\/\d+\/edit\?created=1$/);
  await page.getByRole("button", { name: "Publish job" }).click();
  await expect(page.getByText("Published: the job is on the careers site.")).toBeVisible();
  return slug;
}
