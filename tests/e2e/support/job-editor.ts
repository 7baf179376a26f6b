// What a California posting needs before it may be published (lib/publishing): the first section
// declared as stating the equal-opportunity statement and the accommodation contact, and a pay range.
import type { Page } from "@playwright/test";

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
