// Two panelists fill in their scorecards in the browser: a draft saves as they type and survives
// a reload and a failed save, submit is explicit and an edit is kept in the history; the second
// panelist sees the first one's feedback only after submitting; two tabs on one draft are told
// and choose. The pages are axe-clean.
import type { Page } from "@playwright/test";
import {
  createApplication,
  createInterview,
  createJob,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  uniqueSuffix,
} from "../factories";
import { expectNoAxeViolations } from "./support/axe";
import { withE2ePrisma } from "./support/pipeline-data";
import { expect, test } from "./support/staff-login";

const ATTRIBUTES = ["Systems programming", "Distributed systems design", "Communication"];

async function createPanel() {
  return withE2ePrisma(async (prisma) => {
    await ensureLegalForms(prisma);
    const job = await createJob(prisma, { questions: [...SAMPLE_QUESTIONS] });
    await prisma.scorecardAttribute.createMany({
      data: ATTRIBUTES.map((name, position) => ({ jobId: job.id, position, name })),
    });
    const a = await createStaffUser(prisma, { role: "INTERVIEWER", name: `Avery ${uniqueSuffix()}` });
    const b = await createStaffUser(prisma, { role: "INTERVIEWER", name: `Blake ${uniqueSuffix()}` });
    const coordinator = await createStaffUser(prisma, { role: "COORDINATOR" });
    const application = await createApplication(prisma, {
      jobId: job.id,
      answers: true,
      workAuthorization: true,
      exportControl: true,
      accommodation: {
        kinds: ["OTHER"],
        details: "Confidential request text",
        preferredContact: "EMAIL",
        panelArrangement: "Questions shared in advance",
      },
    });
    await prisma.accommodationRequest.update({
      where: { applicationId: application.id },
      data: { status: "ARRANGED" },
    });
    // Under way (started half an hour ago): a scorecard can be submitted once the interview has started.
    const startsAt = new Date(Date.now() - 30 * 60 * 1000);
    const interview = await createInterview(prisma, {
      applicationId: application.id,
      scheduledById: coordinator.id,
      panelUserIds: [a.id, b.id],
      startsAt,
    });
    const candidateName = `${application.candidate.preferredName ?? application.candidate.firstName} ${application.candidate.lastName}`;
    return { a, b, interview, candidateName };
  });
}

const storedScorecard = (interviewId: string, authorId: string) =>
  withE2ePrisma((prisma) =>
    prisma.scorecard.findUnique({
      where: { interviewId_authorId: { interviewId, authorId } },
      select: { status: true, keyTakeaways: true, recommendation: true, _count: { select: { revisions: true } } },
    }),
  );

/** Server-rendered, then hydrated: typing before React owns the form would be lost. */
async function waitForScorecardForm(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector("form[aria-label='Your scorecard'], form[aria-label='Edit your scorecard']");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
}

const saveStatus = (page: Page) =>
  page
    .locator("form")
    .getByRole("status")
    .filter({ hasText: /Saved|Saving|Unsaved|Couldn't save|Not saved/ });

test("a panelist's draft saves as they type, survives a reload and a failed save, then is submitted and edited", async ({
  page,
  staffLogin,
}) => {
  const panel = await createPanel();
  await staffLogin.asEmail(panel.a.email);

  await page.goto("/hiring/interviews");
  await expect(page.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Listed under the scorecards owed and under upcoming: the first list is where one starts.
  await page
    .getByRole("region", { name: /Scorecards you owe/ })
    .getByRole("link", { name: `Systems design with ${panel.candidateName}` })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Systems design with ${panel.candidateName}` }),
  ).toBeVisible();
  await waitForScorecardForm(page);
  await expect(page.getByText("Questions shared in advance")).toBeVisible();
  await expect(page.getByText("Confidential request text")).toHaveCount(0);
  await expect(page.getByText("You'll see the other interviewers' feedback after you submit yours.")).toBeVisible();
  await expectNoAxeViolations(page);

  const systems = page.getByRole("group", { name: "Systems programming" });
  await systems.getByRole("radio", { name: "Strong yes" }).click();
  await page.getByLabel("Notes on Systems programming").fill("Walked through isolate teardown.");
  await page.getByLabel("Key take-aways").fill("Strong on V8 internals.");
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await expect
    .poll(() => storedScorecard(panel.interview.id, panel.a.id))
    .toMatchObject({ status: "DRAFT", keyTakeaways: "Strong on V8 internals." });

  // Reloading before the save runs: the text comes back from this browser and is saved.
  await page.getByLabel("Key take-aways").pressSequentially(" Clear communicator.");
  await page.reload();
  await waitForScorecardForm(page);
  await expect(page.getByText("Restored from this browser")).toBeVisible();
  await expect(page.getByLabel("Key take-aways")).toHaveValue("Strong on V8 internals. Clear communicator.");
  await expect
    .poll(async () => (await storedScorecard(panel.interview.id, panel.a.id))?.keyTakeaways)
    .toBe("Strong on V8 internals. Clear communicator.");

  // The server cannot be reached: the person is told, and nothing typed is lost.
  await page.route("**/hiring/interviews/**", (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  await page.getByLabel("Private notes").fill("Check the references.");
  await expect(saveStatus(page)).toContainText("Couldn't save — your text is kept in this browser");
  await page.unroute("**/hiring/interviews/**");
  await page.reload();
  await waitForScorecardForm(page);
  await expect(page.getByLabel("Private notes")).toHaveValue("Check the references.");
  await expect(saveStatus(page)).toHaveText(/^Saved/);

  // Submit is explicit, and checks what a submitted scorecard needs.
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "The scorecard was not submitted" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Pick an overall recommendation" }).click();
  await page
    .getByRole("group", { name: "Overall recommendation" })
    .getByRole("radio", { name: "Yes", exact: true })
    .click();
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(page.getByText("Scorecard submitted.")).toBeVisible();
  await expect
    .poll(() => storedScorecard(panel.interview.id, panel.a.id))
    .toMatchObject({ status: "SUBMITTED", recommendation: "YES", _count: { revisions: 1 } });
  await expectNoAxeViolations(page);

  // An edit stays submitted and is kept as a new revision.
  await page.getByRole("button", { name: "Edit your scorecard" }).click();
  await waitForScorecardForm(page);
  await page.getByRole("group", { name: "Overall recommendation" }).getByRole("radio", { name: "Strong yes" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByText(/Edited 1 time since/)).toBeVisible();
  await expect
    .poll(() => storedScorecard(panel.interview.id, panel.a.id))
    .toMatchObject({ status: "SUBMITTED", recommendation: "STRONG_YES", _count: { revisions: 2 } });

  // The second panelist is blind until submitting, then reads the first one's feedback.
  await staffLogin.asEmail(panel.b.email);
  await page.goto(`/hiring/interviews/${panel.interview.id}`);
  await waitForScorecardForm(page);
  await expect(page.getByText("You'll see the other interviewers' feedback after you submit yours.")).toBeVisible();
  await expect(page.getByText("Strong on V8 internals.")).toHaveCount(0);
  await page.getByRole("group", { name: "Communication" }).getByRole("radio", { name: "No", exact: true }).click();
  await page
    .getByRole("group", { name: "Overall recommendation" })
    .getByRole("radio", { name: "No", exact: true })
    .click();
  await page.getByLabel("Key take-aways").fill("Rushed the design question.");
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(page.getByText("Strong on V8 internals. Clear communicator.")).toBeVisible();
  await expect(page.getByText("Check the references.")).toHaveCount(0);
});

test("two tabs on one draft: the stale one is told, and its person chooses", async ({ page, context, staffLogin }) => {
  const panel = await createPanel();
  await staffLogin.asEmail(panel.a.email);
  const url = `/hiring/interviews/${panel.interview.id}`;
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto(url);
    await waitForScorecardForm(tab);
  }

  await page.getByLabel("Key take-aways").fill("Written in the first tab.");
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await other.getByLabel("Key take-aways").fill("Written in the second tab.");
  const conflict = other.getByRole("alert").filter({ hasText: "This scorecard was changed in another tab" });
  await expect(conflict).toBeVisible();
  expect((await storedScorecard(panel.interview.id, panel.a.id))?.keyTakeaways).toBe("Written in the first tab.");

  await conflict.getByRole("button", { name: "Keep mine and overwrite it" }).click();
  await expect(saveStatus(other)).toHaveText(/^Saved/);
  await expect
    .poll(async () => (await storedScorecard(panel.interview.id, panel.a.id))?.keyTakeaways)
    .toBe("Written in the second tab.");

  // Now the first tab is the stale one: it loads the newer text instead.
  await page.getByLabel("Notes on Communication").fill("Clear.");
  const back = page.getByRole("alert").filter({ hasText: "This scorecard was changed in another tab" });
  await back.getByRole("button", { name: "Load the newer version" }).click();
  await expect(page.getByLabel("Key take-aways")).toHaveValue("Written in the second tab.");
  await expect(page.getByLabel("Notes on Communication")).toHaveValue("");
  await expectNoAxeViolations(page);
});
