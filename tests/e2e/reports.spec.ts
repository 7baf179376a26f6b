// The pipeline reports in a real browser: charts drawn beside their tables, filters through a
// GET form and quick periods, a CSV download; and the posting's apply link carrying the link's
// tracking parameters (the posting is prerendered, so only the browser knows them).
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/staff-login";
import { expectNoAxeViolations } from "./support/axe";
import { seedJob, seedJobSlug } from "./support/application-form";

const SEED_JOB_TITLE = "Senior Systems Engineer, Workers Runtime (C++)";

test.describe("reports", () => {
  test("a recruiter reads the seed job's reports as charts and tables, changes the period and downloads a CSV", async ({
    page,
    staffLogin,
  }) => {
    await staffLogin.as("RECRUITER");
    await page.goto("/hiring");
    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Reports", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();

    await page.getByLabel("Job", { exact: true }).selectOption({ label: SEED_JOB_TITLE });
    await page.getByRole("button", { name: "Show reports" }).click();
    await expect(page).toHaveURL(/jobId=\d+/);
    const funnel = page.getByRole("region", { name: "Funnel" });
    await expect(funnel.getByRole("img", { name: /^Bar chart of funnel/ })).toBeVisible();
    // recharts draws after hydration (a bar per stage that someone reached).
    await expect(funnel.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(funnel.getByRole("table", { name: "Funnel: the numbers of the chart" }).getByRole("row")).toHaveCount(
      8,
    );
    await expect(page.getByRole("region", { name: "Time in each stage" }).getByRole("table")).toContainText(
      "Recruiter screen",
    );
    await expectNoAxeViolations(page);

    await page.getByRole("navigation", { name: "Quick periods" }).getByRole("link", { name: "Last 30 days" }).click();
    await expect(
      page.getByRole("navigation", { name: "Quick periods" }).getByRole("link", { name: /Last 30 days/ }),
    ).toHaveAttribute("aria-current", "page");
    await expect(page).toHaveURL(/jobId=\d+/);

    const download = page.waitForEvent("download");
    await page
      .getByRole("region", { name: "Sources of applications and hires" })
      .getByRole("link", { name: /Download CSV/ })
      .click();
    const csv = await readFile(await (await download).path(), "utf8");
    expect(csv.split("\r\n")[0]).toBe("Source,utm_source,Applications,Hires");
    expect(csv).toContain("Careers site,linkedin,");
  });

  test("the posting's apply link carries the link's utm and referral parameters, and nothing else, and the site the candidate came from", async ({
    page,
  }) => {
    await page.goto(`/jobs/${seedJobSlug}?utm_source=e2e-news&source=referral&referrer=Dana%20Scully&session=abc`, {
      referer: "https://news.example.org/post/1",
    });
    const apply = page.getByRole("link", { name: "Apply for this job" }).first();
    await expect(apply).toHaveAttribute("href", /\/apply\?utm_source=e2e-news&source=referral&referrer=Dana\+Scully$/);
    // On the apply page the referrer is the posting: the posting's script remembered the site before.
    await apply.click();
    await expect(page).toHaveURL(/\/apply\?utm_source=e2e-news&source=referral&referrer=Dana\+Scully$/);
    expect(await page.evaluate(() => window.sessionStorage.getItem("trellis:landing-referrer"))).toBe(
      "news.example.org",
    );
  });

  test("the site a candidate came from to the careers home is kept through the posting to the apply page", async ({
    page,
  }) => {
    await page.goto("/", { referer: "https://jobs.example.net/list" });
    await page.getByRole("link", { name: seedJob.title }).click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${seedJobSlug}$`));
    await page.getByRole("link", { name: "Apply for this job" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${seedJobSlug}/apply$`));
    expect(await page.evaluate(() => window.sessionStorage.getItem("trellis:landing-referrer"))).toBe(
      "jobs.example.net",
    );
  });
});
