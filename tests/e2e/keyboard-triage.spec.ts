// Keyboard-only triage: a recruiter works through ten applications of one job on the table
// (and moves a card on the board) without touching the mouse; the database shows the outcome.
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { queryRows } from "./support/database";
import { createBoardFixture, type BoardFixture } from "./support/pipeline-data";
import { expect, test } from "./support/staff-login";

type Person = BoardFixture["candidates"][number];
type Row = { id: string; stage: string; status: string; reason: string | null; tags: string | null };

const NAMES = ["Ada", "Brian", "Cleo", "Dmitri", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun"];

async function applicationsOf(jobId: number): Promise<Map<string, Row>> {
  const rows = await queryRows<Row>(
    `SELECT a.id, s.name AS stage, a.status::text AS status, r.label AS reason,
            (SELECT string_agg(t.name, ',' ORDER BY t.name) FROM "ApplicationTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."applicationId" = a.id) AS tags
       FROM "Application" a JOIN "Stage" s ON s.id = a."stageId" LEFT JOIN "RejectionReason" r ON r.id = a."rejectionReasonId"
      WHERE a."jobId" = $1`,
    [jobId],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Tab (forwards) until `target` has focus: how a keyboard user reaches a control in a dialog. */
async function tabTo(page: Page, target: Locator, limit = 20) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test.describe("keyboard triage", () => {
  test("a recruiter triages ten applications on the table with the keyboard only", async ({ page, staffLogin }) => {
    const job = await createBoardFixture(NAMES);
    const people = job.candidates as Person[];
    const person = (index: number) => people[index]!;
    await staffLogin.as("RECRUITER");
    await page.goto(`/hiring/jobs/${job.jobId}/applications`);

    const table = page.getByRole("table", { name: /^Applications, sorted by/ });
    const nameLink = (index: number) => table.getByRole("link", { name: person(index).name, exact: true });
    // Inner locators of `has` are looked up inside each row, so this one starts from the page.
    const row = (index: number) =>
      table.getByRole("row").filter({ has: page.getByRole("link", { name: person(index).name, exact: true }) });
    const announced = (text: string) => page.getByRole("status").filter({ hasText: text });
    await expect(page.getByRole("status").filter({ hasText: "Showing 1–10 of 10 applications" })).toBeVisible();

    // j and k move the focus (newest first, as the table is sorted); the row shows it too.
    await page.keyboard.press("j");
    await expect(nameLink(0)).toBeFocused();
    for (let index = 1; index < 10; index += 1) {
      await page.keyboard.press("j");
      await expect(nameLink(index)).toBeFocused();
    }
    await page.keyboard.press("j");
    await expect(nameLink(9)).toBeFocused();
    for (let index = 8; index >= 0; index -= 1) {
      await page.keyboard.press("k");
      await expect(nameLink(index)).toBeFocused();
    }
    await expect(row(0)).toHaveCSS("outline-style", "solid");

    // a advances Ada; → advances her again once the table shows the first move.
    await page.keyboard.press("a");
    await expect(announced(`Moved ${person(0).name} to Recruiter screen.`)).toBeVisible();
    await expect(row(0)).toContainText("Recruiter screen");
    await expect(nameLink(0)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(announced(`Moved ${person(0).name} to Hiring manager screen.`)).toBeVisible();
    await expect(row(0)).toContainText("Hiring manager screen");

    // Brian and Dmitri go to the recruiter screen too.
    await page.keyboard.press("j");
    await expect(nameLink(1)).toBeFocused();
    await page.keyboard.press("a");
    await expect(announced(`Moved ${person(1).name} to Recruiter screen.`)).toBeVisible();
    await expect(row(1)).toContainText("Recruiter screen");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(nameLink(3)).toBeFocused();
    await page.keyboard.press("a");
    await expect(announced(`Moved ${person(3).name} to Recruiter screen.`)).toBeVisible();
    await expect(row(3)).toContainText("Recruiter screen");

    // r rejects Emeka with a reason, all in the dialog by keyboard; no email this time.
    await page.keyboard.press("j");
    await expect(nameLink(4)).toBeFocused();
    await page.keyboard.press("r");
    const dialog = page.getByRole("dialog", { name: `Close the application: ${person(4).name}` });
    await expect(dialog).toBeVisible();
    // Shortcuts stay quiet while a dialog is open.
    await page.keyboard.press("j");
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByLabel("Reason"));
    await page.keyboard.press("ArrowDown");
    await expect(dialog.getByLabel("Reason")).not.toHaveValue("");
    const reason = (await dialog.getByLabel("Reason").locator("option:checked").textContent())!.trim();
    await tabTo(page, dialog.getByRole("checkbox", { name: "Email the candidate" }));
    await page.keyboard.press("Space");
    await expect(dialog.getByRole("checkbox", { name: "Email the candidate" })).not.toBeChecked();
    await tabTo(page, dialog.getByRole("button", { name: "Reject", exact: true }));
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(announced(`Rejected ${person(4).name}.`)).toBeVisible();
    await expect(row(4)).toContainText("Rejected");
    await expect(nameLink(4)).toBeFocused();

    // t tags Farah; typing in the tag field does not move through the table. A tag of its own:
    // another test's "Strong systems" would be reused, whatever its case.
    const tagName = `triage ${Date.now().toString(36)}`;
    await page.keyboard.press("j");
    await expect(nameLink(5)).toBeFocused();
    await page.keyboard.press("t");
    const tagDialog = page.getByRole("dialog", { name: `Tag ${person(5).name}` });
    // A text box, or a combobox once any tag exists (its suggestions list): found by its label.
    await expect(tagDialog.getByLabel("Tag")).toBeFocused();
    await page.keyboard.type(tagName);
    await page.keyboard.press("Enter");
    await expect(tagDialog).toBeHidden();
    await expect(announced(`Tagged ${person(5).name} “${tagName}”.`)).toBeVisible();
    await expect(row(5)).toContainText(tagName);

    // x selects Farah for the bulk actions.
    await expect(nameLink(5)).toBeFocused();
    await page.keyboard.press("x");
    await expect(row(5).getByRole("checkbox", { name: `Select ${person(5).name}` })).toBeChecked();
    await expect(page.getByText("1 candidate selected")).toBeVisible();
    await page.keyboard.press("x");
    await expect(row(5).getByRole("checkbox", { name: `Select ${person(5).name}` })).not.toBeChecked();

    // ? lists the shortcuts in a focus-trapped dialog that Escape closes.
    await page.keyboard.press("?");
    const overlay = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(overlay).toBeVisible();
    for (const action of [
      "Next candidate",
      "Previous candidate",
      "Advance to the next stage",
      "Reject, with a reason",
      "Add a tag",
      "Open the profile at the resume",
      "Select or unselect, for bulk actions",
    ]) {
      await expect(overlay.getByRole("row").filter({ hasText: action })).toBeVisible();
    }
    await expectNoAxeViolations(page);
    for (let presses = 0; presses < 4; presses += 1) {
      await page.keyboard.press("Tab");
      expect(await overlay.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(overlay).toBeHidden();
    await expect(nameLink(5)).toBeFocused();

    // The final state, in the database: 3 advanced (one twice), 1 rejected with its reason, 1 tagged.
    const stored = await applicationsOf(job.jobId);
    const of = (index: number) => stored.get(person(index).applicationId)!;
    expect(of(0)).toMatchObject({ stage: "Hiring manager screen", status: "ACTIVE" });
    expect(of(1)).toMatchObject({ stage: "Recruiter screen", status: "ACTIVE" });
    expect(of(3)).toMatchObject({ stage: "Recruiter screen", status: "ACTIVE" });
    expect(of(4)).toMatchObject({ stage: "Applied", status: "REJECTED", reason });
    expect(of(5)).toMatchObject({ stage: "Applied", status: "ACTIVE", tags: tagName });
    for (const index of [2, 6, 7, 8, 9])
      expect(of(index), person(index).name).toMatchObject({
        stage: "Applied",
        status: "ACTIVE",
        reason: null,
        tags: null,
      });

    // o opens the focused candidate's profile at the resume.
    await page.keyboard.press("j");
    await expect(nameLink(6)).toBeFocused();
    await page.keyboard.press("o");
    await expect(page).toHaveURL(new RegExp(`/hiring/applications/${person(6).applicationId}#resume$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(person(6).firstName);
  });

  test("on the board, focus follows an advanced card and moves on from a rejected one", async ({
    page,
    staffLogin,
  }) => {
    const job = await createBoardFixture(["Kai", "Lena", "Mira"]);
    const [kai, lena, mira] = job.candidates as [Person, Person, Person];
    await staffLogin.as("RECRUITER");
    await page.goto(`/hiring/jobs/${job.jobId}/board`);
    const column = (stage: string) => page.getByRole("region", { name: new RegExp(`^${stage}, `) });
    const nameLink = (person: Person) =>
      page.getByRole("article", { name: person.name }).getByRole("link", { name: person.name });
    await expect(column("Applied")).toHaveAccessibleName("Applied, 3 candidates");

    await page.keyboard.press("j");
    await expect(nameLink(kai)).toBeFocused();
    await page.keyboard.press("a");
    await expect(column("Recruiter screen").getByRole("article", { name: kai.name })).toBeVisible();
    await expect(nameLink(kai)).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: `Moved ${kai.name} to Recruiter screen.` })).toBeVisible();
    await expect
      .poll(async () => (await applicationsOf(job.jobId)).get(kai.applicationId)?.stage)
      .toBe("Recruiter screen");

    // Back to the Applied column (reading order: the columns left to right), then reject Lena.
    await page.keyboard.press("k");
    await expect(nameLink(mira)).toBeFocused();
    await page.keyboard.press("k");
    await expect(nameLink(lena)).toBeFocused();
    await page.keyboard.press("r");
    const dialog = page.getByRole("dialog", { name: `Close the application: ${lena.name}` });
    await tabTo(page, dialog.getByLabel("Reason"));
    await page.keyboard.press("ArrowDown");
    await tabTo(page, dialog.getByRole("checkbox", { name: "Email the candidate" }));
    await page.keyboard.press("Space");
    await tabTo(page, dialog.getByRole("button", { name: "Reject", exact: true }));
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("article", { name: lena.name })).toHaveCount(0);
    await expect(nameLink(mira)).toBeFocused();
    await expect.poll(async () => (await applicationsOf(job.jobId)).get(lena.applicationId)?.status).toBe("REJECTED");

    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(nameLink(mira)).toBeFocused();
  });

  test("a recruiter saves a shared view, applies it from the Views menu and exports it as CSV", async ({
    page,
    staffLogin,
  }) => {
    const job = await createBoardFixture(["Nora", "Omar"]);
    const [nora, omar] = job.candidates as [Person, Person];
    await staffLogin.as("RECRUITER");
    const tablePath = `/hiring/jobs/${job.jobId}/applications`;
    await page.goto(`${tablePath}?q=${nora.firstName}&sort=name&dir=asc`);
    await expect(page.getByRole("status").filter({ hasText: "Showing 1–1 of 1 application" })).toBeVisible();

    const name = `Just ${nora.firstName}`;
    await page.getByRole("button", { name: "Save view" }).click();
    const dialog = page.getByRole("dialog", { name: "Save this view" });
    await dialog.getByRole("textbox", { name: "Name" }).fill(name);
    await dialog.getByRole("checkbox", { name: "Share with the hiring team" }).check();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Save view" }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole("status").filter({ hasText: `Saved the view “${name}”, shared with the hiring team.` }),
    ).toBeVisible();
    const [saved] = await queryRows<{ query: string; shared: boolean }>(
      `SELECT query, shared FROM "SavedView" WHERE "jobId" = $1 AND name = $2`,
      [job.jobId, name],
    );
    expect(saved).toEqual({ query: `q=${nora.firstName}&sort=name&dir=asc`, shared: true });

    // From the plain table, the Views menu applies it.
    await page.goto(tablePath);
    await expect(page.getByRole("status").filter({ hasText: "Showing 1–2 of 2 applications" })).toBeVisible();
    await page.getByRole("button", { name: /^Views/ }).click();
    await page.getByRole("menuitem", { name: new RegExp(`^${name}`) }).click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${nora.firstName}&sort=name&dir=asc$`));
    await expect(page.getByRole("status").filter({ hasText: "Showing 1–1 of 1 application" })).toBeVisible();

    // Export CSV: the view's rows only.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^applications-job-${job.jobId}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const chunks: Buffer[] = [];
    for await (const chunk of (await file.createReadStream())!) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString("utf8");
    expect(csv).toContain(nora.email);
    expect(csv).not.toContain(omar.email);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFName,Email,Job,Stage,Status,Source,Tags,Submitted,Last activity");
  });
});
