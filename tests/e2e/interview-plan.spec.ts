// A coordinator plans a job's interviews in the browser: adds interviews per stage, reorders them
// by keyboard, moves one to another stage, fixes a bad length from the error summary, sets the
// feedback rules, and removes an interview that was scheduled (it stays, unlinked). A hiring
// manager cannot open the page.
import { expectNoAxeViolations } from "./support/axe";
import { withE2ePrisma } from "./support/pipeline-data";
import { expect, test } from "./support/staff-login";
import { createApplication, createInterview, createJob } from "../factories";

type PlanRow = { name: string; stage: string; durationMinutes: number; focus: string[]; planItemId: number };

async function createPlanFixture() {
  return withE2ePrisma(async (prisma) => {
    const job = await createJob(prisma);
    await prisma.scorecardAttribute.createMany({
      data: ["Systems programming", "Communication"].map((name, position) => ({ jobId: job.id, position, name })),
    });
    return { jobId: job.id, title: job.title };
  });
}

async function storedPlan(jobId: number) {
  return withE2ePrisma(async (prisma) => {
    const job = await prisma.job.findUniqueOrThrow({
      where: { id: jobId },
      select: {
        feedbackVisibility: true,
        scorecardDueHours: true,
        interviewPlan: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            name: true,
            durationMinutes: true,
            stage: { select: { name: true } },
            focus: { select: { attribute: { select: { name: true } } } },
          },
        },
      },
    });
    const items: PlanRow[] = job.interviewPlan.map((item) => ({
      planItemId: item.id,
      name: item.name,
      stage: item.stage.name,
      durationMinutes: item.durationMinutes,
      focus: item.focus.map((f) => f.attribute.name).sort(),
    }));
    return { feedbackVisibility: job.feedbackVisibility, scorecardDueHours: job.scorecardDueHours, items };
  });
}

test("a coordinator plans a job's interviews by stage, by keyboard, with the scorecard due time", async ({
  page,
  staffLogin,
}) => {
  const fixture = await createPlanFixture();
  const coordinator = await staffLogin.asNew("COORDINATOR");

  await page.goto("/hiring/jobs");
  await page
    .getByRole("list", { name: `Links for ${fixture.title}` })
    .getByRole("link", { name: "Interview plan" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Interview plan" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Adding puts the cursor in the new interview's name.
  await page.getByRole("button", { name: "Add an interview to Recruiter screen" }).click();
  await page.keyboard.type("Recruiter call");
  const screen = page.getByRole("list", { name: "Interviews in Recruiter screen" }).getByRole("listitem");
  await screen.getByLabel("Length (minutes)").fill("30");
  await screen.getByRole("checkbox", { name: "Communication" }).check();

  await page.getByRole("button", { name: "Add an interview to Technical interviews" }).click();
  await page.keyboard.type("Coding");
  const technical = page.getByRole("list", { name: "Interviews in Technical interviews" });
  await technical.getByRole("listitem").nth(0).getByLabel("Length (minutes)").fill("0");
  await technical.getByRole("listitem").nth(0).getByRole("checkbox", { name: "Systems programming" }).check();
  await page.getByRole("button", { name: "Add an interview to Technical interviews" }).click();
  await page.keyboard.type("Deep dive");

  // Reordered by keyboard: focus stays on the button that moved the row.
  await technical.getByRole("button", { name: "Move “Deep dive” up" }).focus();
  await page.keyboard.press("Enter");
  await expect(technical.getByRole("listitem").nth(0).getByLabel("Interview")).toHaveValue("Deep dive");
  await expect(technical.getByRole("button", { name: "Move “Deep dive” down" })).toBeFocused();

  // Another stage: the interview moves to that stage's list, the select keeps focus.
  await expect(technical.getByRole("listitem").nth(1).getByLabel("Interview")).toHaveValue("Coding");
  await technical.getByRole("listitem").nth(1).getByLabel("Stage").selectOption({ label: "Onsite panel" });
  const onsite = page.getByRole("list", { name: "Interviews in Onsite panel" });
  await expect(onsite.getByLabel("Interview")).toHaveValue("Coding");
  await expect(onsite.getByLabel("Stage")).toBeFocused();

  // The blind-feedback rule is shown, but only recruiters and admins change it (decision 0025).
  await expect(page.getByRole("radio", { name: "Never" })).toBeDisabled();
  await page.getByLabel("Scorecard due (hours after the interview ends)").fill("48");

  // The bad length: the summary takes focus and links to the field.
  await page.getByRole("button", { name: "Save interview plan" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "The interview plan was not saved" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Enter a length from 5 to 480 minutes" }).click();
  await expect(onsite.getByLabel("Length (minutes)")).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("90");
  await page.getByRole("button", { name: "Save interview plan" }).click();
  await expect(page.getByText("Interview plan saved.")).toBeVisible();

  const saved = await storedPlan(fixture.jobId);
  expect(saved).toMatchObject({ feedbackVisibility: "AFTER_SUBMITTING", scorecardDueHours: 48 });
  expect(
    saved.items.map(({ name, stage, durationMinutes, focus }) => ({ name, stage, durationMinutes, focus })),
  ).toEqual([
    { name: "Recruiter call", stage: "Recruiter screen", durationMinutes: 30, focus: ["Communication"] },
    { name: "Deep dive", stage: "Technical interviews", durationMinutes: 45, focus: [] },
    { name: "Coding", stage: "Onsite panel", durationMinutes: 90, focus: ["Systems programming"] },
  ]);

  // A scheduled interview of "Coding": removing the plan item says what happens to it.
  const coding = saved.items[2]!;
  const interviewId = await withE2ePrisma(async (prisma) => {
    const application = await createApplication(prisma, { jobId: fixture.jobId });
    return (
      await createInterview(prisma, {
        applicationId: application.id,
        scheduledById: coordinator.id,
        panelUserIds: [coordinator.id],
        planItemId: coding.planItemId,
      })
    ).id;
  });
  await page.reload();
  await expect(onsite.getByText("1 scheduled interview uses this plan", { exact: false })).toBeVisible();
  await onsite.getByRole("button", { name: "Remove “Coding”" }).click();
  await expect(page.getByRole("button", { name: "Add an interview to Onsite panel" })).toBeFocused();
  await expect(
    page.getByText("When you save, its 1 scheduled interview stays on the calendar", { exact: false }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Keep “Coding”" }).click();
  await expect(onsite.getByLabel("Interview")).toHaveValue("Coding");
  await onsite.getByRole("button", { name: "Remove “Coding”" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save interview plan" }).click();
  await expect(page.getByText("Interview plan saved.")).toBeVisible();

  const after = await storedPlan(fixture.jobId);
  expect(after.items.map((item) => [item.name, item.planItemId])).toEqual([
    ["Recruiter call", saved.items[0]!.planItemId],
    ["Deep dive", saved.items[1]!.planItemId],
  ]);
  const interview = await withE2ePrisma((prisma) =>
    prisma.interview.findUniqueOrThrow({ where: { id: interviewId }, select: { planItemId: true, status: true } }),
  );
  expect(interview).toEqual({ planItemId: null, status: "SCHEDULED" });
});

test("a hiring manager cannot open the interview plan, even by its address", async ({ page, staffLogin }) => {
  const fixture = await createPlanFixture();
  await staffLogin.asNew("HIRING_MANAGER");
  const response = await page.goto(`/hiring/jobs/${fixture.jobId}/interview-plan`);
  expect(response?.status()).toBe(404);
});
