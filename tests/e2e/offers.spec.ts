// Offers in the browser, on the seed job as a fresh install has it (export-controlled; approvers:
// its hiring manager, then the recruiter): drafted, approved by both, reviewed by an admin,
// released; the candidate reads the letter on their status page and accepts (Hired) or declines,
// every candidate email arriving over SMTP. A coordinator's offer page carries no terms.
import type { Browser, Page } from "@playwright/test";
import { createApplication, uniqueSuffix } from "../factories";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings/workers-runtime-engineer";
import { expectNoAxeViolations } from "./support/axe";
import { withE2ePrisma } from "./support/pipeline-data";
import { waitForEmail } from "./support/smtp-sink";
import { expect, test } from "./support/staff-login";

const STATUS_LINK = /\/applications\/status\/([A-Za-z0-9_-]{20,100})/;
// A base pay no other text on the page could contain.
const BASE_PAY = "187345";

async function createOfferCandidate() {
  return withE2ePrisma(async (prisma) => {
    const job = await prisma.job.findUniqueOrThrow({ where: { slug: SEED_JOB_SLUG }, select: { id: true } });
    const firstName = `Offer${uniqueSuffix()}`;
    const application = await createApplication(prisma, {
      jobId: job.id,
      stageName: "Offer",
      candidate: { firstName, lastName: "Candidate", preferredName: null },
    });
    const candidate = await prisma.candidate.findUniqueOrThrow({
      where: { id: application.candidateId },
      select: { email: true },
    });
    return { applicationId: application.id, email: candidate.email, fullName: `${firstName} Candidate` };
  });
}

async function waitForHydrated(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps"));
  }, selector);
}

async function openOffer(page: Page, applicationId: string) {
  await page.goto(`/hiring/applications/${applicationId}/offer`);
  await waitForHydrated(page, "form button[type=submit], #offer button");
}

const status = (page: Page) => page.getByTestId("offer-status");

async function approve(page: Page, applicationId: string) {
  await openOffer(page, applicationId);
  await page.getByLabel(/Approved: the terms are right/).check();
  await page.getByRole("button", { name: "Record my decision" }).click();
  // Once decided it is no longer this approver's turn: the form goes. Not its button's name, which
  // reads "Saving…" while the decision is sent: leaving then (the next sign-in) could cancel it.
  await expect(page.getByLabel(/Approved: the terms are right/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record my decision" })).toHaveCount(0);
}

/** Drafted by the recruiter, approved by the hiring manager then the recruiter, reviewed by an admin, released. */
async function takeOfferToRelease(
  page: Page,
  staffLogin: { as(role: string): Promise<unknown> },
  applicationId: string,
) {
  await staffLogin.as("RECRUITER");
  await openOffer(page, applicationId);
  await page.getByLabel("Base pay").fill(BASE_PAY);
  await page.getByLabel("Start date").fill("2099-03-01");
  await page.getByLabel("Offer expires on").fill("2099-02-15");
  await page.getByLabel("Work location").fill("Austin, TX");
  await page.getByLabel("Equity").fill("1,000 RSUs");
  await page.getByRole("button", { name: "Save terms" }).click();
  await expect(status(page)).toHaveText("Draft");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(status(page)).toHaveText("Waiting for approval");

  await staffLogin.as("HIRING_MANAGER");
  await approve(page, applicationId);
  // The hiring manager never reads the export-control outcome, only whether it is done.
  await expect(page.getByText("Not reviewed yet.")).toBeVisible();
  await staffLogin.as("RECRUITER");
  await approve(page, applicationId);
  await expect(status(page)).toHaveText("Approved, not released");
  await expect(page.getByText("It can be released once the export-control review is done.")).toBeVisible();

  await staffLogin.as("ADMIN");
  await openOffer(page, applicationId);
  await page.getByLabel("No licence needed").check();
  await page.getByLabel("Note").fill("Authorized without a licence.");
  await page.getByRole("button", { name: "Record the review" }).click();
  await expect(page.getByTestId("export-review-outcome")).toContainText("No licence needed");

  await staffLogin.as("RECRUITER");
  await openOffer(page, applicationId);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Release to the candidate" }).click();
  await expect(status(page)).toHaveText("Released to the candidate");
}

/** The candidate's own browser, opened from the link in the offer email. */
async function candidateOfferPage(browser: Browser, email: string) {
  const mail = await waitForEmail({ to: email, subjectIncludes: "Your offer:" });
  expect(mail.text, "the offer email carries no terms").not.toContain("187,345");
  const token = STATUS_LINK.exec(mail.text)?.[1];
  expect(token, "the email carries the new status link").toBeTruthy();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/applications/status/${token}`);
  await expect(page.getByRole("heading", { name: "Your offer" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Offer letter" })).toContainText("USD 187,345 per year");
  const pdf = await page.request.get(`/applications/status/${token}/offer-letter`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await waitForHydrated(page, "#offer form button[type=submit]");
  return { page, token: token!, close: () => context.close() };
}

test.describe("offers", () => {
  test.describe.configure({ timeout: 180_000 });

  test("drafted, approved by two, reviewed, released, accepted on the status page: Hired", async ({
    page,
    browser,
    staffLogin,
  }) => {
    const candidate = await createOfferCandidate();
    await takeOfferToRelease(page, staffLogin, candidate.applicationId);

    // A coordinator learns that an offer exists: no terms in the HTML nor in the RSC payload.
    await staffLogin.as("COORDINATOR");
    const url = `/hiring/applications/${candidate.applicationId}/offer`;
    const html = await (await page.request.get(url)).text();
    expect(html).toContain("Released to the candidate");
    const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
    for (const body of [html, rsc]) {
      expect(body).not.toContain(BASE_PAY);
      expect(body).not.toContain("187,345");
      expect(body).not.toContain("Austin, TX");
      expect(body).not.toContain("RSUs");
    }

    const offer = await candidateOfferPage(browser, candidate.email);
    await expectNoAxeViolations(offer.page);
    await expect(offer.page.getByText(/Wording version 1/)).toBeVisible();
    // Typing nothing is refused, with the error tied to the field.
    await offer.page.getByRole("button", { name: "Accept the offer" }).click();
    await expect(offer.page.getByLabel("Your full name")).toHaveAttribute("aria-invalid", "true");
    await offer.page.getByLabel("Your full name").fill(candidate.fullName);
    await offer.page.getByRole("button", { name: "Accept the offer" }).click();
    await expect(offer.page.getByTestId("offer-state")).toContainText(`You accepted this offer on`);
    await expect(offer.page.getByTestId("offer-state")).toContainText(`"${candidate.fullName}"`);
    await expect(offer.page.getByRole("button", { name: "Accept the offer" })).toHaveCount(0);
    const accepted = await waitForEmail({ to: candidate.email, subjectIncludes: "You accepted our offer" });
    expect(accepted.text).toContain(candidate.fullName);
    await offer.close();

    const hired = await withE2ePrisma((prisma) =>
      prisma.application.findUniqueOrThrow({
        where: { id: candidate.applicationId },
        select: { status: true, stage: { select: { kind: true } } },
      }),
    );
    expect(hired).toEqual({ status: "HIRED", stage: { kind: "HIRED" } });
    await staffLogin.as("RECRUITER");
    await openOffer(page, candidate.applicationId);
    await expect(status(page)).toHaveText("Accepted");
    await expect(page.getByTestId("offer-answer")).toContainText(candidate.fullName);
  });

  test("a declined offer closes the application with the candidate's reason", async ({ page, browser, staffLogin }) => {
    const candidate = await createOfferCandidate();
    await takeOfferToRelease(page, staffLogin, candidate.applicationId);
    const offer = await candidateOfferPage(browser, candidate.email);
    await offer.page.getByLabel(/Would you tell us why/).fill("I chose another role closer to home.");
    await offer.page.getByRole("button", { name: "Decline the offer" }).click();
    await expect(offer.page.getByTestId("offer-state")).toHaveText(
      "You declined this offer. Thank you for considering us.",
    );
    await waitForEmail({ to: candidate.email, subjectIncludes: "You declined our offer" });
    await offer.close();

    await openOffer(page, candidate.applicationId);
    await expect(status(page)).toHaveText("Declined");
    await expect(page.getByTestId("offer-answer")).toContainText("I chose another role closer to home.");
  });
});
