import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expectNoAxeViolations } from "./support/axe";
import {
  errorSummary,
  expectConfirmation,
  fillOptional,
  fillRequired,
  newCandidate,
  openApplyForm,
  seedJob,
  submitButton,
} from "./support/application-form";
import { waitForEmail } from "./support/smtp-sink";

function statusLinkIn(text: string): string {
  const url = text.match(/https?:\/\/\S+\/applications\/status\/[A-Za-z0-9_-]+/)?.[0];
  expect(url, "status link in the email").toBeTruthy();
  return url!;
}

async function expectDone(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

test("a candidate follows the status link, updates their accommodation, downloads their data, withdraws, and gets a new link", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const candidate = newCandidate("status");

  await openApplyForm(page);
  await fillRequired(page, candidate);
  await fillOptional(page);
  await submitButton(page).click();
  const reference = await expectConfirmation(page);
  await expect(page.getByRole("link", { name: "Get a new link", exact: true })).toBeVisible();

  const received = await waitForEmail({
    to: candidate.email,
    subjectIncludes: "We received your application",
    timeoutMs: 20_000,
  });
  const statusUrl = statusLinkIn(received.text);
  await page.goto(statusUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Your application" })).toBeVisible();
  await expect(page.getByTestId("candidate-status")).toHaveText("Received");
  await expect(page.getByText(reference)).toBeVisible();
  await expect(page.getByTestId("accommodation-summary")).toContainText(
    "Please share technical interview questions in writing.",
  );
  await expectNoAxeViolations(page);

  // Accommodation: a refused change explains itself at the field, then a real change is saved.
  await page.getByRole("link", { name: "Update your accommodation request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Update your accommodation request" })).toBeVisible();
  await expectNoAxeViolations(page);
  const kinds = page.getByRole("group", { name: /What would help\?/ });
  await kinds.getByLabel("A change to the application or interview process").uncheck();
  await page.getByLabel(/Tell us more/).fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(errorSummary(page)).toContainText("Choose the kind of accommodation or describe what would help");
  await expect(page.getByLabel(/Tell us more/)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page
    .getByRole("group", { name: /What would help\?/ })
    .getByLabel("Specialized equipment")
    .check();
  await page.getByLabel(/Tell us more/).fill("A large external monitor for the coding exercise.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expectDone(page, "Your accommodation request is saved");
  await expect(page.getByTestId("accommodation-summary")).toContainText("Specialized equipment");
  await expect(page.getByTestId("accommodation-summary")).toContainText("A large external monitor");
  await waitForEmail({ to: candidate.email, subjectIncludes: "Your accommodation request was updated" });

  // Download everything: a zip with data.json and the resume that was uploaded.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all my data (.zip)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^your-application-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const data = JSON.parse(strFromU8(files["data.json"]!));
  expect(data.applications[0].reference).toBe(reference);
  expect(data.applications[0].job).toBe(seedJob.title);
  expect(data.applications[0].accommodationRequest.details).toBe("A large external monitor for the coding exercise.");
  expect(Object.keys(files)).toContain(`files/${reference}/resume-ada-lovelace-resume.pdf`);
  expect(strFromU8(files["README.txt"]!)).toContain("self-identification");
  await waitForEmail({ to: candidate.email, subjectIncludes: "Your data was downloaded" });

  // Withdraw, with a reason, after a confirm step.
  await page.getByRole("link", { name: "Withdraw my application" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Withdraw your application" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Accepted another offer").check();
  await page.getByLabel(/I understand that withdrawing ends this application/).check();
  await page.getByRole("button", { name: "Withdraw my application" }).click();
  await expectDone(page, "You withdrew your application");
  await expect(page.getByTestId("candidate-status")).toHaveText("Decision made");
  await expect(page.getByTestId("candidate-outcome")).toHaveText("Withdrawn by you");
  await expect(page.getByText("The reason you gave: Accepted another offer.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Withdraw my application" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await waitForEmail({ to: candidate.email, subjectIncludes: "You withdrew your application" });

  // A new link: the page answers the same for anyone, the email brings the link, the old one is gone.
  await page.getByRole("link", { name: "Get a new link", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Get a new link to your application" })).toBeVisible();
  await page.getByLabel(/Email address you applied with/).fill(candidate.email);
  await page.getByRole("button", { name: "Email me a new link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If anyone applied with that address" })).toBeVisible();
  await expectNoAxeViolations(page);
  const fresh = statusLinkIn(
    (await waitForEmail({ to: candidate.email, subjectIncludes: "Your new status link" })).text,
  );
  expect(fresh).not.toBe(statusUrl);
  expect((await page.goto(statusUrl))?.status()).toBe(404);
  // The replaced link's page offers a fresh one by email (the same page for any link that does not work).
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work any more" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Email me a new link" })).toBeVisible();
  await page.goto(fresh);
  await expect(page.getByTestId("candidate-outcome")).toHaveText("Withdrawn by you");
});
