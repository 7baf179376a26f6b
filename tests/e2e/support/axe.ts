import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Fails with a readable list (rule, impact, elements) when axe finds a WCAG A/AA violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next.js streams a dynamic page's metadata after its first bytes: wait for the <title>, or
  // axe can look before it arrives and report a page that does have one.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary ?? ""}`).join("\n"),
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}
