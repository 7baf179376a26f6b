// The whole onsite loop of the seed job in the browser (issue "Hiring panels"): a coordinator
// schedules the onsite with three interviewers, who each get the invitation by SMTP with a
// calendar part; two submit scorecards (the second sees the first's only after submitting);
// the third gets the overdue reminder from the background sweep; the hiring manager reads the
// scorecards side by side and makes an offer, which shows on the candidate's timeline.
import { spawn } from "node:child_process";
import type { Page } from "@playwright/test";
import { createApplication, createStaffUser, uniqueSuffix } from "../factories";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings/workers-runtime-engineer";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_BASE_URL, E2E_SMTP_PORT, readServerInfo } from "./support/e2e-env";
import { withE2ePrisma } from "./support/pipeline-data";
import { waitForEmail } from "./support/smtp-sink";
import { expect, test } from "./support/staff-login";

const HOUR_MS = 60 * 60 * 1000;

/** A new applicant of the seed job waiting for the onsite, and three interviewers of their own. */
async function createLoop() {
  return withE2ePrisma(async (prisma) => {
    const job = await prisma.job.findUniqueOrThrow({ where: { slug: SEED_JOB_SLUG }, select: { id: true } });
    const suffix = uniqueSuffix();
    const application = await createApplication(prisma, {
      jobId: job.id,
      stageName: "Onsite panel",
      candidate: { firstName: `Grace${suffix}`, lastName: "Hopper", preferredName: null },
      answers: true,
      workAuthorization: true,
      exportControl: true,
    });
    const interviewer = (name: string) => createStaffUser(prisma, { role: "INTERVIEWER", name: `${name} ${suffix}` });
    const panel = {
      avery: await interviewer("Avery"),
      blake: await interviewer("Blake"),
      casey: await interviewer("Casey"),
    };
    // A recruiter put them on the seed job's hiring team: a panel is drawn from it (decision 0025).
    await prisma.hiringTeamMember.createMany({
      data: Object.values(panel).map((user) => ({ jobId: job.id, userId: user.id, role: "INTERVIEWER" as const })),
    });
    return { applicationId: application.id, candidateName: `Grace${suffix} Hopper`, panel };
  });
}

/** Server-rendered, then hydrated: typing before React owns the form would be lost. */
async function waitForHydrated(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps"));
  }, selector);
}

/** One run of the worker's overdue-scorecard sweep against the e2e database, sending over the SMTP sink. */
async function runReminderSweep(): Promise<void> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "tests/e2e/support/send-scorecard-reminders.ts"],
    {
      env: {
        ...process.env,
        DATABASE_URL: readServerInfo().databaseUrl,
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
        APP_URL: E2E_BASE_URL,
        NODE_ENV: "test",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code, "the reminder sweep exits cleanly").toBe(0);
}

async function submitScorecard(
  page: Page,
  { rating, recommendation, takeaways }: { rating: string; recommendation: string; takeaways: string },
) {
  await waitForHydrated(page, "form[aria-label='Your scorecard']");
  await page
    .getByRole("group", { name: "Distributed systems design" })
    .getByRole("radio", { name: rating, exact: true })
    .click();
  await page
    .getByRole("group", { name: "Overall recommendation" })
    .getByRole("radio", { name: recommendation, exact: true })
    .click();
  await page.getByLabel("Key take-aways").fill(takeaways);
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(page.getByText("Scorecard submitted.")).toBeVisible();
}

test("the seed job's onsite loop: schedule, invitations, blind scorecards, a reminder, and the hiring manager's offer", async ({
  page,
  staffLogin,
}) => {
  test.setTimeout(180_000);
  const loop = await createLoop();
  const { avery, blake, casey } = loop.panel;

  // The coordinator schedules the onsite from the candidate's profile.
  await staffLogin.as("COORDINATOR");
  await page.goto(`/hiring/applications/${loop.applicationId}`);
  await expect(page.getByRole("heading", { level: 1, name: loop.candidateName })).toBeVisible();
  // Coordinators do not decide: no link to the scorecards.
  await expect(page.getByRole("link", { name: "Scorecards and decision" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await waitForHydrated(page, "#interviews button");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  const dialog = page.getByRole("dialog", { name: "Schedule an interview" });
  await dialog
    .getByLabel("Interview from the job's plan")
    .selectOption({ label: "Distributed systems design · 1 hour" });
  await dialog.getByLabel("Location").fill("Austin office, room 4");
  await dialog.getByLabel("Video link").fill("https://meet.example.com/onsite-loop");
  for (const person of [avery, blake, casey])
    await dialog.getByRole("checkbox", { name: new RegExp(person.name!) }).check();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Schedule and send invitations" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator("#interviews").getByText("Distributed systems design").first()).toBeVisible();

  // Each interviewer receives the invitation, with the calendar part.
  for (const person of [avery, blake, casey]) {
    const invitation = await waitForEmail({
      to: person.email,
      subjectIncludes: `Interview: Distributed systems design with ${loop.candidateName}`,
    });
    expect(invitation.calendar).toContain("METHOD:REQUEST");
    expect(invitation.calendar).toContain("BEGIN:VEVENT");
  }
  const interview = await withE2ePrisma((prisma) =>
    prisma.interview.findFirstOrThrow({
      where: { applicationId: loop.applicationId },
      select: { id: true, panel: { select: { userId: true } } },
    }),
  );
  expect(interview.panel).toHaveLength(3);
  // The onsite has happened: it started 26 hours ago and lasted an hour, so scorecards are a day overdue.
  await withE2ePrisma((prisma) =>
    prisma.interview.update({ where: { id: interview.id }, data: { startsAt: new Date(Date.now() - 26 * HOUR_MS) } }),
  );

  // The first interviewer submits.
  await staffLogin.asEmail(avery.email);
  await page.goto(`/hiring/interviews/${interview.id}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Distributed systems design with ${loop.candidateName}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await submitScorecard(page, {
    rating: "Strong yes",
    recommendation: "Strong yes",
    takeaways: "Designed a clear edge cache with sound failure modes.",
  });

  // The second is blind until they submit, then reads the first one's feedback.
  await staffLogin.asEmail(blake.email);
  await page.goto(`/hiring/interviews/${interview.id}`);
  await waitForHydrated(page, "form[aria-label='Your scorecard']");
  await expect(page.getByText("You'll see the other interviewers' feedback after you submit yours.")).toBeVisible();
  await expect(page.getByText("Designed a clear edge cache")).toHaveCount(0);
  await submitScorecard(page, {
    rating: "Yes",
    recommendation: "Yes",
    takeaways: "Good capacity estimates; hesitant on consistency.",
  });
  await expect(page.getByText("Designed a clear edge cache with sound failure modes.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The third has not submitted: the background sweep reminds them, once.
  await runReminderSweep();
  const reminder = await waitForEmail({ to: casey.email, subjectIncludes: "Scorecard overdue" });
  expect(reminder.subject).toBe(`Scorecard overdue: Distributed systems design with ${loop.candidateName}`);
  expect(reminder.text).toContain(`${E2E_BASE_URL}/hiring/interviews/${interview.id}`);

  // The hiring manager reads the scorecards side by side and makes an offer.
  await staffLogin.as("HIRING_MANAGER");
  await page.goto(`/hiring/applications/${loop.applicationId}`);
  await page.getByRole("link", { name: "Scorecards and decision" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Scorecards and decision: ${loop.candidateName}` }),
  ).toBeVisible();
  const grid = page.getByRole("table", { name: /Ratings by attribute/ });
  await expect(grid.getByRole("columnheader", { name: new RegExp(avery.name!) })).toBeVisible();
  const row = (attribute: string) =>
    grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: attribute, exact: true }) });
  await expect(row("Distributed systems design")).toHaveText(/Strong yes\s*Yes/);
  await expect(row("Communication")).toContainText("Not rated");
  await expect(row("Overall recommendation")).toHaveText(/Strong yes\s*Yes/);
  await expect(page.locator("#outstanding")).toContainText(casey.name!);
  await expect(page.locator("#outstanding")).toContainText("Overdue");
  await expectNoAxeViolations(page);

  await waitForHydrated(page, "#decide form");
  await page.getByRole("radio", { name: "Make an offer (move to Offer)" }).click();
  await page.getByLabel("Note for the timeline").fill("Two strong yeses on the onsite; make the offer.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Decision recorded: moved to Offer for an offer." }),
  ).toBeVisible();
  await expect(page.locator("#decisions")).toContainText("Make an offer");
  await expectNoAxeViolations(page);

  // The decision is on the candidate's timeline, and the candidate is in the offer stage.
  await page.getByRole("link", { name: /Back to .*profile/ }).click();
  const timeline = page.getByRole("list", { name: "Timeline, newest first" });
  await expect(timeline).toContainText("Demo Hiring Manager decided: Make an offer");
  await expect(timeline).toContainText("Two strong yeses on the onsite; make the offer.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(loop.candidateName);
  await expect(page.getByRole("main").locator("header").getByText("Offer", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a decision on an outdated view is refused and explained; the hiring manager then rejects with a reason and the candidate gets the email", async ({
  page,
  staffLogin,
}) => {
  const { applicationId, candidateName, email } = await withE2ePrisma(async (prisma) => {
    const job = await prisma.job.findUniqueOrThrow({ where: { slug: SEED_JOB_SLUG }, select: { id: true } });
    const application = await createApplication(prisma, {
      jobId: job.id,
      stageName: "Onsite panel",
      candidate: { firstName: `Alan${uniqueSuffix()}`, lastName: "Kay", preferredName: null },
    });
    return {
      applicationId: application.id,
      candidateName: `${application.candidate.firstName} Kay`,
      email: application.candidate.email,
    };
  });
  await staffLogin.as("HIRING_MANAGER");
  await page.goto(`/hiring/applications/${applicationId}/scorecards`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Scorecards and decision: ${candidateName}` }),
  ).toBeVisible();
  await expect(page.getByText("No scorecard has been submitted yet.")).toBeVisible();
  await waitForHydrated(page, "#decide form");

  await page.getByRole("radio", { name: "Reject" }).click();
  await page.getByLabel("Reason").selectOption({ label: "Not enough relevant experience" });
  await expect(page.getByLabel("Subject")).toHaveValue("Your application for {{job.title}} at {{organization.name}}");
  await expect(page.getByRole("region", { name: `Preview for ${candidateName}` })).toContainText(
    `Dear ${candidateName.split(" ")[0]}`,
  );
  await page.getByLabel("Note for the timeline").fill("Not the depth we need in distributed systems.");
  await expectNoAxeViolations(page);

  // Someone moves the candidate after this page was loaded: nothing is decided, and the person is told.
  await withE2ePrisma((prisma) =>
    prisma.application.update({ where: { id: applicationId }, data: { version: { increment: 1 } } }),
  );
  await page.getByRole("button", { name: "Record decision and send email" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "The decision was not recorded" });
  await expect(summary).toContainText("Someone else changed this candidate's stage or status a moment ago");
  await expect(summary).toBeFocused();

  // The page now shows the current state; what was typed is still there, and deciding again works.
  await expect(page.getByLabel("Note for the timeline")).toHaveValue("Not the depth we need in distributed systems.");
  await page.getByRole("button", { name: "Record decision and send email" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Decision recorded: rejected. The email to the candidate is on its way." }),
  ).toBeVisible();
  await expect(page.getByText("This application is closed, so there is nothing left to decide.")).toBeVisible();
  const rejection = await waitForEmail({ to: email, subjectIncludes: "Your application for" });
  expect(rejection.text).toContain(`Dear ${candidateName.split(" ")[0]}`);
  const stored = await withE2ePrisma((prisma) =>
    prisma.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { status: true, decisions: { select: { kind: true, note: true } } },
    }),
  );
  expect(stored).toEqual({
    status: "REJECTED",
    decisions: [{ kind: "REJECT", note: "Not the depth we need in distributed systems." }],
  });
  await expectNoAxeViolations(page);
});
