// The applications table: a recruiter filters by stage and searches; the view lives in the URL
// (so a reload or a shared link shows the same thing); the page is accessible.
import { createApplication, createJob, uniqueSuffix } from "../factories";
import { expectNoAxeViolations } from "./support/axe";
import { withE2ePrisma } from "./support/pipeline-data";
import { expect, test } from "./support/staff-login";

type Fixture = {
  jobId: number;
  screenStageId: number;
  token: string;
  names: { applied: string; screened: string; other: string };
};

/** A job of its own with three applications, one of them in Recruiter screen. */
async function createTableFixture(): Promise<Fixture> {
  const token = `qz${uniqueSuffix()}`;
  return withE2ePrisma(async (prisma) => {
    const job = await createJob(prisma);
    const add = (firstName: string, stageName?: string) =>
      createApplication(prisma, { jobId: job.id, stageName, candidate: { firstName, lastName: `Marlow${token}` } });
    await add("Ines", undefined);
    await add("Hugo", "Recruiter screen");
    await add("Oskar", undefined);
    return {
      jobId: job.id,
      screenStageId: job.stages.find((stage) => stage.name === "Recruiter screen")!.id,
      token,
      names: { applied: `Ines Marlow${token}`, screened: `Hugo Marlow${token}`, other: `Oskar Marlow${token}` },
    };
  });
}

test("a recruiter filters by stage and searches; the URL keeps the view across a reload", async ({
  page,
  staffLogin,
}) => {
  const fixture = await createTableFixture();
  await staffLogin.as("RECRUITER");
  await page.goto(`/hiring/jobs/${fixture.jobId}/applications`);

  const table = page.getByRole("table", { name: /^Applications, sorted by/ });
  const rowNames = () => table.locator("tbody th[scope=row] a").allInnerTexts();
  await expect(page.getByRole("status").filter({ hasText: "Showing 1–3 of 3 applications" })).toBeVisible();
  expect((await rowNames()).sort()).toEqual(
    [fixture.names.screened, fixture.names.applied, fixture.names.other].sort(),
  );
  await expectNoAxeViolations(page);

  // Stage filter: a checkbox applies at once and lands in the URL.
  await page.getByText("More filters").click();
  await page.getByRole("group", { name: "Stage" }).getByRole("checkbox", { name: "Recruiter screen" }).check();
  await expect(page).toHaveURL(new RegExp(`stage=${fixture.screenStageId}`));
  await expect.poll(rowNames).toEqual([fixture.names.screened]);
  await page.getByRole("group", { name: "Stage" }).getByRole("checkbox", { name: "Recruiter screen" }).uncheck();
  await expect.poll(rowNames).toHaveLength(3);

  // Search, then sort by name: both in the URL.
  await page.getByRole("searchbox", { name: "Search" }).fill(`ines marlow${fixture.token}`);
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/q=ines\+marlow/);
  await expect.poll(rowNames).toEqual([fixture.names.applied]);
  await page.getByRole("searchbox", { name: "Search" }).fill(`marlow${fixture.token}`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect.poll(rowNames).toHaveLength(3);
  await table.getByRole("link", { name: /^Candidate/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(page.getByRole("columnheader", { name: /Candidate/ })).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(rowNames).toEqual([fixture.names.screened, fixture.names.applied, fixture.names.other]);

  // A reload (or the link sent to a colleague) shows the same view.
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue(`marlow${fixture.token}`);
  await expect.poll(rowNames).toEqual([fixture.names.screened, fixture.names.applied, fixture.names.other]);
  await expectNoAxeViolations(page);

  // Each row leads to the candidate's profile.
  await expect(table.getByRole("link", { name: fixture.names.applied })).toHaveAttribute(
    "href",
    /^\/hiring\/applications\/[a-z0-9]+$/,
  );
});

test("the table across jobs finds the same people, and works without JavaScript", async ({
  browser,
  context,
  staffLogin,
}) => {
  const fixture = await createTableFixture();
  await staffLogin.as("RECRUITER");
  // A second browser context with JavaScript off, signed in with the same session cookie.
  const plainContext = await browser.newContext({ javaScriptEnabled: false });
  await plainContext.addCookies(await context.cookies());
  const plain = await plainContext.newPage();
  try {
    await plain.goto("/hiring/applications");
    await plain.getByRole("searchbox", { name: "Search" }).fill(`marlow${fixture.token}`);
    await plain.getByRole("button", { name: "Apply filters" }).click();
    await expect(plain).toHaveURL(new RegExp(`q=marlow${fixture.token}`));
    await expect(plain.getByRole("status").filter({ hasText: "Showing 1–3 of 3 applications" })).toBeVisible();
    await expect(plain.getByRole("columnheader", { name: "Job" })).toBeVisible();
    await plain.getByRole("link", { name: /^Candidate/ }).click();
    await expect(plain).toHaveURL(/sort=name&dir=asc/);
    await expect(plain.locator("tbody th[scope=row] a").first()).toHaveText(fixture.names.screened);
  } finally {
    await plainContext.close();
  }
});

test("selected rows are tagged with the pipeline's bulk action, and the table shows it", async ({
  page,
  staffLogin,
}) => {
  const fixture = await createTableFixture();
  await staffLogin.as("RECRUITER");
  await page.goto(`/hiring/jobs/${fixture.jobId}/applications?sort=name&dir=asc`);
  const table = page.getByRole("table", { name: /^Applications, sorted by/ });
  await table.getByRole("checkbox", { name: `Select ${fixture.names.applied}` }).check();
  await table.getByRole("checkbox", { name: `Select ${fixture.names.other}` }).check();
  await expect(page.getByText("2 candidates selected")).toBeVisible();

  const tag = `Shortlist ${fixture.token}`;
  await page.getByRole("textbox", { name: "Tag selected" }).fill(tag);
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tagged 2 candidates." })).toBeVisible();
  const tagged = (name: string) => table.getByRole("row", { name: new RegExp(name) }).getByText(tag);
  await expect(tagged(fixture.names.applied)).toBeVisible();
  await expect(tagged(fixture.names.other)).toBeVisible();
  await expect(tagged(fixture.names.screened)).toHaveCount(0);
  await expect(page.getByText("Select candidates to act on several at once.")).toBeVisible();

  // The new tag is a filter now.
  await page.reload();
  await page.getByText("More filters").click();
  await page.getByRole("combobox", { name: "Tag" }).selectOption({ label: tag });
  await expect(page).toHaveURL(/tag=\d+/);
  await expect
    .poll(() => table.locator("tbody th[scope=row] a").allInnerTexts())
    .toEqual([fixture.names.applied, fixture.names.other]);
  await expectNoAxeViolations(page);
});
