// The admin's compliance pages in a real browser: the audit log and the EEO report (filters in
// the URL, CSV download), and a new version of the disability form that the apply page shows
// on its next load. Each page is axe-clean.
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/staff-login";
import { expectNoAxeViolations } from "./support/axe";
import { seedJobSlug } from "./support/application-form";

test.describe("compliance pages", () => {
  test("the audit log filters through the URL and shows who did what", async ({ page, staffLogin }) => {
    const admin = await staffLogin.asNew("ADMIN");
    await page.goto("/hiring/reports/eeo");
    await page.goto("/hiring/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Staff email").fill(admin.email);
    await page.getByLabel("Action", { exact: true }).fill("view.");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=view\./);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("view.eeoReport");
    await expect(rows.nth(1)).toContainText(admin.email);
    await expect(page.getByRole("button", { name: /edit|delete/i })).toHaveCount(0);
  });

  test("the EEO report shows counts only and downloads the same aggregate as CSV", async ({ page, staffLogin }) => {
    await staffLogin.as("RECRUITER");
    await page.goto("/hiring/reports/eeo");
    await expect(page.getByRole("heading", { level: 1, name: "EEO self-identification report" })).toBeVisible();
    for (const caption of ["Gender", "Race and ethnicity", "Protected veteran status", "Disability status"]) {
      await expect(page.getByRole("table", { name: new RegExp(`^${caption}: respondents per answer`) })).toBeVisible();
    }
    await expectNoAxeViolations(page);
    // Whole quarters that have ended are the only periods offered: no month or day fields.
    await expect(page.getByLabel("From month")).toHaveCount(0);
    const quarter = page.getByRole("combobox", { name: "Reporting period" });
    const offered = await quarter
      .locator("option")
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered.length).toBeGreaterThan(0);
    for (const value of offered) expect(value).toMatch(/^\d{4}-Q[1-4]$/);
    await quarter.selectOption(offered.at(-1)!);
    await page.getByRole("button", { name: "Show report" }).click();
    await expect(page).toHaveURL(new RegExp(`quarter=${offered.at(-1)}`));
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /Download CSV/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`eeo-report-${offered.at(-1)}.csv`);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.split("\r\n")[0]).toBe("Table,Category,Count");
    expect(csv).toContain("Disability status,Total respondents,");
  });

  test("an admin adds a disability form version and the apply page shows it at once", async ({ page, staffLogin }) => {
    await staffLogin.asNew("ADMIN");
    await page.goto("/hiring/legal-texts");
    await expect(page.getByRole("heading", { level: 1, name: "Legal texts" })).toBeVisible();
    await expectNoAxeViolations(page);
    // Each legal text has a new version per language (decision 0042); this one is the English form.
    await page
      .getByRole("link", { name: "New English version of Self-identification: disability (form CC-305)" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /^New English version/ })).toBeVisible();
    await expect(page.getByLabel("OMB control number")).toHaveValue("1250-0005");
    await expectNoAxeViolations(page);

    const version = `e2e-${Date.now()}`;
    await page.getByLabel("Version label").fill(version);
    await page.getByLabel("Title").fill("Voluntary Self-Identification of Disability (renewed)");
    await page.getByLabel("Text (Markdown)").fill("**Renewed form.**\n\n<script>window.__xss = 1</script>");
    await page.getByLabel("OMB expiry date").fill("2029-04-30");
    const preview = page.getByTestId("legal-text-preview");
    await expect(
      preview.getByRole("heading", { name: "Voluntary Self-Identification of Disability (renewed)" }),
    ).toBeVisible();
    await expect(preview.locator("strong")).toHaveText("Renewed form.");
    await expect(preview.locator("script")).toHaveCount(0);
    await page.getByRole("button", { name: "Save version" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Legal texts" })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(`^${version}`) });
    await expect(row).toContainText("In force");
    await expect(row).toContainText("1250-0005, expires 2029-04-30");
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();

    await page.goto(`/jobs/${seedJobSlug}/apply`);
    await expect(page.getByText("OMB control number 1250-0005 · Expires 2029-04-30")).toBeVisible();
  });
});
