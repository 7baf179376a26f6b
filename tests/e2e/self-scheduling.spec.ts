// Candidate self-scheduling in the browser: a coordinator offers two candidates times with the
// same panel; both race for one time; one books it (the invitation arrives over SMTP with an
// .ics), the other is told it was taken and sees the remaining times, in their own time zone.
import type { Browser, Page } from "@playwright/test";
import { createApplication, createStaffUser, uniqueSuffix } from "../factories";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings/workers-runtime-engineer";
import { expectNoAxeViolations } from "./support/axe";
import { withE2ePrisma } from "./support/pipeline-data";
import { waitForEmail } from "./support/smtp-sink";
import { expect, test } from "./support/staff-login";

const STATUS_LINK = /\/applications\/status\/([A-Za-z0-9_-]{20,100})/;

/** Two applicants of the seed job and a two-person panel free 09:00 to 12:00 UTC every day. */
async function createRace() {
  return withE2ePrisma(async (prisma) => {
    const job = await prisma.job.findUniqueOrThrow({ where: { slug: SEED_JOB_SLUG }, select: { id: true } });
    const suffix = uniqueSuffix();
    const applicant = async (firstName: string) => {
      const application = await createApplication(prisma, {
        jobId: job.id,
        candidate: { firstName: `${firstName}${suffix}`, lastName: "Racer", preferredName: null },
      });
      const candidate = await prisma.candidate.findUniqueOrThrow({
        where: { id: application.candidateId },
        select: { email: true },
      });
      return { applicationId: application.id, name: `${firstName}${suffix} Racer`, email: candidate.email };
    };
    const interviewer = async (name: string) => {
      const user = await createStaffUser(prisma, { role: "INTERVIEWER", name: `${name} ${suffix}` });
      await prisma.hiringTeamMember.create({ data: { jobId: job.id, userId: user.id, role: "INTERVIEWER" } });
      await prisma.interviewerAvailability.create({
        data: {
          userId: user.id,
          timeZone: "UTC",
          windows: { create: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 540, endMinute: 720 })) },
        },
      });
      return user;
    };
    return {
      ada: await applicant("Ada"),
      bo: await applicant("Bo"),
      panel: [await interviewer("Avery"), await interviewer("Blake")],
    };
  });
}

async function waitForHydrated(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps"));
  }, selector);
}

async function offerTimes(page: Page, applicationId: string, panelNames: string[]) {
  await page.goto(`/hiring/applications/${applicationId}`);
  await waitForHydrated(page, "#slot-offers button");
  await page.locator("#slot-offers").getByRole("button", { name: "Offer times" }).click();
  const dialog = page.getByRole("dialog", { name: "Offer the candidate times to choose" });
  await dialog.getByLabel("Title").fill("Systems design");
  await dialog.getByLabel("Video link").fill("https://meet.example.com/self-scheduled");
  for (const name of panelNames) await dialog.getByRole("checkbox", { name: new RegExp(name) }).check();
  await dialog.getByRole("button", { name: "Offer times and email the candidate" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "the candidate was emailed a link" })).toBeVisible();
}

/** The candidate's own browser (another zone for one of them), opened from the link in their email. */
async function candidatePage(browser: Browser, email: string, timezoneId: string) {
  const mail = await waitForEmail({ to: email, subjectIncludes: "Choose a time for your interview" });
  const token = STATUS_LINK.exec(mail.text)?.[1];
  expect(token, "the email carries the status link").toBeTruthy();
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  await page.goto(`/applications/status/${token}`);
  await page.getByRole("link", { name: "Choose your interview time" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Choose your interview time" })).toBeVisible();
  await waitForHydrated(page, "form button[type=submit]");
  return { page, context };
}

test("two candidates race for one time: one books it with an .ics invitation, the other sees it taken", async ({
  page,
  browser,
  staffLogin,
}) => {
  test.setTimeout(180_000);
  const race = await createRace();
  const panelNames = race.panel.map((member) => member.name!);

  await staffLogin.as("COORDINATOR");
  await offerTimes(page, race.ada.applicationId, panelNames);
  await offerTimes(page, race.bo.applicationId, panelNames);
  await expect(page.locator("#slot-offers")).toContainText("Waiting for the candidate");

  const ada = await candidatePage(browser, race.ada.email, "UTC");
  const bo = await candidatePage(browser, race.bo.email, "Asia/Tokyo");
  // Each sees the times in their browser's zone, and can switch it.
  await expect(bo.page.getByLabel("Show times in")).toHaveValue("Asia/Tokyo");
  await expect(ada.page.getByLabel("Show times in")).toHaveValue("UTC");
  await expectNoAxeViolations(bo.page);

  // Both pick the first time offered (the same instant), shown in UTC for the comparison below.
  await bo.page.getByLabel("Show times in").selectOption("UTC");
  await ada.page.getByRole("radio").first().check();
  await bo.page.getByRole("radio").first().check();
  const firstTime = (p: Page) =>
    p
      .getByRole("radio")
      .first()
      .evaluate((input) => input.closest("label")!.textContent);
  const takenLabel = await firstTime(bo.page);
  expect(await firstTime(ada.page)).toBe(takenLabel);
  await Promise.all([
    ada.page.getByRole("button", { name: "Book this time" }).click(),
    bo.page.getByRole("button", { name: "Book this time" }).click(),
  ]);
  await Promise.all([ada.page.waitForURL(/outcome=/), bo.page.waitForURL(/outcome=/)]);
  const outcomeOf = (p: Page) => new URL(p.url()).searchParams.get("outcome");
  expect([outcomeOf(ada.page), outcomeOf(bo.page)].sort()).toEqual(["booked", "taken"]);
  const adaWon = outcomeOf(ada.page) === "booked";
  const [winner, loser] = adaWon ? [ada, bo] : [bo, ada];
  const winnerEmail = adaWon ? race.ada.email : race.bo.email;

  await expect(winner.page.getByText("Your interview is booked. We sent you an email")).toBeVisible();
  await expect(loser.page.getByText("Someone else booked that time a moment ago")).toBeVisible();
  // The loser still sees the other times, but not the one taken.
  await expect(loser.page.getByRole("radio").first()).toBeVisible();
  const remaining = await loser.page
    .getByRole("radio")
    .evaluateAll((inputs) => inputs.map((input) => input.closest("label")!.textContent));
  expect(remaining).not.toContain(takenLabel);

  const invitation = await waitForEmail({ to: winnerEmail, subjectIncludes: "Your interview with" });
  expect(invitation.calendar).toContain("METHOD:REQUEST");
  expect(invitation.calendar).toContain("BEGIN:VEVENT");
  for (const member of race.panel) {
    const panelMail = await waitForEmail({ to: member.email, subjectIncludes: "Interview: Systems design" });
    expect(panelMail.calendar).toContain("METHOD:REQUEST");
  }
  await expectNoAxeViolations(winner.page);
  await ada.context.close();
  await bo.context.close();
});
