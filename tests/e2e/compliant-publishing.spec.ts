// Publishing a California job without a pay range is refused with the missing items named on
// screen; once the recruiter adds them and saves, the job publishes and the posting shows the pay.
import { randomUUID } from "node:crypto";
import { declarePostingStatements, fillPayRange } from "./support/job-editor";
import { expect, test } from "./support/staff-login";

test("a California job without a pay range is refused, then published once the range is added", async ({
  page,
  staffLogin,
}) => {
  await staffLogin.asNew("RECRUITER");
  const title = `Edge Engineer ${randomUUID().slice(0, 6)}`;
  await page.goto("/hiring/jobs/new");
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Summary").fill("Build the runtime that runs customer code at the edge.");
  await page.getByLabel("Department").selectOption({ label: "Engineering" });
  await page.getByRole("checkbox", { name: /^San Francisco/ }).check();
  await page.getByLabel("Heading").first().fill("About the role");
  await page
    .getByLabel("Text (Markdown)")
    .first()
    .fill("We are an equal opportunity employer. Ask us for an accommodation at access@example.test.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/hiring\/jobs\/\d+\/edit\?created=1$/);

  await expect(page.getByText("Publishing is refused until the posting states")).toBeVisible();
  const checklist = page.getByRole("main");
  await expect(checklist).toContainText("a pay range (minimum, maximum, currency and pay period)");
  await expect(checklist).toContainText("Cal. Lab. Code § 432.3");
  await page.getByRole("button", { name: "Publish job" }).click();
  await expect(
    page.getByText(
      /Not published: the posting lacks a pay range .*, the equal-opportunity statement and the accommodation contact/,
    ),
  ).toBeVisible();
  // Recruiters cannot publish anyway: only admins see that form.
  await expect(page.getByRole("button", { name: "Publish anyway" })).toHaveCount(0);

  await declarePostingStatements(page);
  await fillPayRange(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Publishing is refused until the posting states")).toHaveCount(0);
  await page.getByRole("button", { name: "Publish job" }).click();
  await expect(page.getByText("Published: the job is on the careers site.")).toBeVisible();
  await page.getByRole("link", { name: "View the posting" }).click();
  await expect(page.getByText("$150,000")).toBeVisible();
});
