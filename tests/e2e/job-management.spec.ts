// Job management as a recruiter does it: write a posting with a question, publish it, and see it
// on the careers site with its Markdown rendered and sanitized. Also: the editor is accessible,
// and a forged save by a role that may not manage jobs is refused.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { queryRows } from "./support/database";
import { declarePostingStatements, fillPayRange } from "./support/job-editor";
import { expect, test } from "./support/staff-login";

const HOSTILE_MARKDOWN = [
  "We build the **runtime** that runs your code.",
  `<script>window.__xss = "script"</script>`,
  `<img src="x" onerror="window.__xss = 'img'">`,
  "[a link](javascript:window.__xss='link')",
].join("\n\n");

/** Fills what a job needs to be saved: title, summary, department, an office and one section. */
async function fillJobBasics(page: Page, title: string): Promise<void> {
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Summary").fill("Build the runtime that runs customer code at the edge.");
  await page.getByLabel("Department").selectOption({ label: "Engineering" });
  await page.getByRole("checkbox", { name: /^San Francisco/ }).check();
  await page.getByLabel("Heading").first().fill("About the role");
  await page.getByLabel("Text (Markdown)").first().fill(HOSTILE_MARKDOWN);
  await declarePostingStatements(page);
  await fillPayRange(page);
}

test.describe("job management", () => {
  test("a recruiter creates a job with a question, publishes it, and the careers site shows it sanitized", async ({
    page,
    staffLogin,
  }) => {
    await staffLogin.asNew("RECRUITER");
    const title = `Runtime Engineer ${randomUUID().slice(0, 6)}`;
    const question = "Do you hold a driving licence?";

    await page.goto("/hiring/jobs");
    await page.getByRole("link", { name: "New job" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New job" })).toBeVisible();
    await expectNoAxeViolations(page);

    await fillJobBasics(page, title);
    const slug = await page.getByLabel("Posting address").inputValue();
    expect(slug).toMatch(/^runtime-engineer-[a-z0-9]+$/);

    // The live preview renders the Markdown with the careers page's sanitizer.
    const preview = page.getByTestId("posting-preview");
    await expect(preview.locator("strong")).toHaveText("runtime");
    await expect(preview.locator('script, img, a[href^="javascript:"]')).toHaveCount(0);

    await page.getByRole("button", { name: "Add question" }).click();
    await page.getByRole("textbox", { name: "Question", exact: true }).fill(question);
    await page.getByLabel("Answer type").selectOption({ label: "Yes / no" });
    await page.getByRole("checkbox", { name: "Candidates must answer" }).check();
    await page.getByRole("checkbox", { name: "Reject “No”" }).check();
    // Errors and all, the filled-in form stays accessible.
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\/hiring\/jobs\/\d+\/edit\?created=1$/);
    await expect(page.getByText("Draft saved. Publish it when it is ready.")).toBeVisible();
    const [stored] = await queryRows<{ status: string; knockout: unknown }>(
      `SELECT j."status", q."knockout" FROM "Job" j JOIN "JobQuestion" q ON q."jobId" = j."id" WHERE j."slug" = $1`,
      [slug],
    );
    expect(stored).toEqual({ status: "DRAFT", knockout: { rejectIf: ["NO"] } });

    await page.getByRole("button", { name: "Publish job" }).click();
    await expect(page.getByText("Published: the job is on the careers site.")).toBeVisible();

    await page.goto("/");
    await page.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "About the role" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.locator("strong", { hasText: "runtime" })).toBeVisible();
    await expect(main.locator("script, img")).toHaveCount(0);
    await expect(main.locator('a[href^="javascript:"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();

    await page.goto(`/jobs/${slug}/apply`);
    await expect(page.getByRole("group", { name: question })).toBeVisible();
  });

  test("edits save in place: renamed and removed stages, a new question, and a second save changes nothing", async ({
    page,
    staffLogin,
  }) => {
    await staffLogin.asNew("RECRUITER");
    await page.goto("/hiring/jobs/new");
    await fillJobBasics(page, `Storage Engineer ${randomUUID().slice(0, 6)}`);
    const slug = await page.getByLabel("Posting address").inputValue();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\/edit\?created=1$/);
    await expectNoAxeViolations(page);

    await page.getByRole("textbox", { name: "Stage 2", exact: true }).fill("Phone screen");
    await page.getByRole("button", { name: "Remove stage 5" }).click();
    await page.getByRole("button", { name: "Add question" }).click();
    await page.getByRole("textbox", { name: "Question", exact: true }).fill("Years of experience with Rust");
    await page.getByLabel("Answer type").selectOption({ label: "Number" });
    await page.getByLabel("Knockout: reject answers below").fill("2");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

    const state = () =>
      queryRows<{ updatedAt: Date; stages: string[]; questions: number[] }>(
        `SELECT j."updatedAt", (SELECT array_agg(s."name" ORDER BY s."position") FROM "Stage" s WHERE s."jobId" = j."id") AS stages,
                (SELECT array_agg(q."id" ORDER BY q."position") FROM "JobQuestion" q WHERE q."jobId" = j."id") AS questions
         FROM "Job" j WHERE j."slug" = $1`,
        [slug],
      );
    const [afterFirst] = await state();
    expect(afterFirst?.stages).toEqual([
      "Applied",
      "Phone screen",
      "Hiring manager screen",
      "Technical interviews",
      "Offer",
      "Hired",
    ]);
    expect(afterFirst?.questions).toHaveLength(1);

    // The form now holds the saved ids: saving again updates the same rows instead of re-creating them.
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect
      .poll(async () => (await state())[0]?.updatedAt.getTime())
      .toBeGreaterThan(afterFirst!.updatedAt.getTime());
    const [afterSecond] = await state();
    expect({ ...afterSecond, updatedAt: null }).toEqual({ ...afterFirst, updatedAt: null });
  });

  test("shows why a job cannot be saved, next to each field", async ({ page, staffLogin }) => {
    await staffLogin.asNew("ADMIN");
    await page.goto("/hiring/jobs/new");
    await page.getByLabel("Minimum").fill("200000");
    await page.getByLabel("Maximum").fill("100000");
    await page.getByRole("button", { name: "Save draft" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "The job was not saved" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Enter a job title" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "The maximum must be at least the minimum" })).toBeVisible();
    await summary.getByRole("link", { name: "The maximum must be at least the minimum" }).click();
    await expect(page.getByLabel("Maximum")).toBeFocused();
    await expect(page.getByLabel("Maximum")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
  });

  test("a coordinator cannot open the editor, and a save forged with their session is refused", async ({
    page,
    staffLogin,
  }) => {
    await staffLogin.asNew("RECRUITER");
    await page.goto("/hiring/jobs/new");
    const title = `Forged Job ${randomUUID().slice(0, 6)}`;
    await fillJobBasics(page, title);
    const slug = await page.getByLabel("Posting address").inputValue();

    // The same browser, now holding a coordinator's session, calls the page's save action.
    await staffLogin.asNew("COORDINATOR");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "You do not have permission to do that." })).toBeVisible();
    expect(await queryRows(`SELECT 1 FROM "Job" WHERE "slug" = $1`, [slug])).toEqual([]);

    const response = await page.goto("/hiring/jobs/new");
    expect(response?.status()).toBe(404);
    await page.goto("/hiring/jobs");
    await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New job" })).toHaveCount(0);
  });
});

test.describe("email templates", () => {
  test("a recruiter writes a template; an unknown merge field is refused, the preview uses sample data", async ({
    page,
    staffLogin,
  }) => {
    await staffLogin.asNew("RECRUITER");
    const name = `Phone screen invite ${randomUUID().slice(0, 6)}`;
    await page.goto("/hiring/templates");
    await page.getByRole("link", { name: "New template" }).click();
    const body = page.getByRole("textbox", { name: "Body", exact: true });
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await page.getByRole("textbox", { name: "Subject", exact: true }).fill("Next steps for {{job.title}}");
    await body.fill("Hi {{candidate.first_name}},\n\nCan we talk?");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(
      page.getByRole("alert").getByRole("link", { name: /Unknown merge field \{\{candidate\.first_name\}\}/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await body.fill("Hi ,\n\nCan we talk?\n\n");
    await body.press("Control+Home");
    for (let step = 0; step < "Hi ".length; step += 1) await body.press("ArrowRight");
    await page.getByRole("button", { name: "Insert {{candidate.preferredName}} into the body" }).click();
    await expect(body).toHaveValue(/^Hi \{\{candidate\.preferredName\}\},/);
    await expect(page.getByTestId("template-preview-body")).toContainText("Hi Lex,");

    // The German version: its own labelled fields, checked like the English text, previewed.
    const germanBody = page.getByRole("textbox", { name: "German body" });
    await page.getByRole("textbox", { name: "German subject" }).fill("Nächste Schritte: {{job.title}}");
    await germanBody.fill("Hallo {{kandidat.vorname}},");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(
      page.getByRole("alert").getByRole("link", { name: /Unknown merge field \{\{kandidat\.vorname\}\}/ }),
    ).toBeVisible();
    await germanBody.fill("Hallo ,");
    await germanBody.press("Control+Home");
    for (let step = 0; step < "Hallo ".length; step += 1) await germanBody.press("ArrowRight");
    await page.getByRole("button", { name: "Insert {{candidate.preferredName}} into the German body" }).click();
    await expect(germanBody).toHaveValue(/^Hallo \{\{candidate\.preferredName\}\},/);
    await expect(page.getByTestId("template-preview-body-de")).toContainText("Hallo Lex,");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page).toHaveURL(/\/hiring\/templates$/);
    await expect(page.getByRole("rowheader", { name })).toBeVisible();
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("textbox", { name: "German subject" })).toHaveValue("Nächste Schritte: {{job.title}}");
  });
});
