// The candidate profile as a recruiter uses it: the resume in the viewer, a note that mentions a
// colleague through the typeahead, a tag, and candidate text that stays text.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import {
  applyPath,
  fillRequired,
  newCandidate,
  openApplyForm,
  submitButton,
  expectConfirmation,
} from "./support/application-form";
import { queryRows, withE2eDatabase } from "./support/database";
import { createStaffUser, expect, test } from "./support/staff-login";

const HOSTILE_PRONOUNS = `<img src=x onerror="window.__xss = 'pronouns'">`;
const HOSTILE_LOCATION = `<script>window.__xss = 'location'</script>`;

/** A candidate applies through the careers site (with a PDF resume); returns the application id. */
async function applyAsCandidate(page: Page): Promise<{ applicationId: string; name: string }> {
  const candidate = newCandidate("profile");
  await openApplyForm(page);
  expect(page.url()).toContain(applyPath);
  await fillRequired(page, candidate);
  await submitButton(page).click();
  await expectConfirmation(page);
  const [row] = await queryRows<{ id: string }>(`SELECT "id" FROM "Application" WHERE "emailNormalized" = $1`, [
    candidate.email.toLowerCase(),
  ]);
  // Hostile text where a candidate could have typed it, to see it rendered as text.
  await withE2eDatabase((client) =>
    client.query(`UPDATE "Candidate" SET "pronouns" = $1, "location" = $2 WHERE "emailNormalized" = $3`, [
      HOSTILE_PRONOUNS,
      HOSTILE_LOCATION,
      candidate.email.toLowerCase(),
    ]),
  );
  return { applicationId: row!.id, name: `${candidate.firstName} ${candidate.lastName}` };
}

test.describe("candidate profile", () => {
  test("a recruiter reads the resume, mentions a colleague in a note and tags the application", async ({
    page,
    staffLogin,
    browser,
  }) => {
    const { applicationId, name } = await applyAsCandidate(page);
    const colleague = await createStaffUser("COORDINATOR", `Cora Mention ${applicationId.slice(-5)}`);
    await staffLogin.asNew("RECRUITER");

    await page.goto(`/hiring/applications/${applicationId}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // The resume: a PDF framed from the authorized document route.
    const viewer = page.getByTestId("resume-viewer");
    await expect(viewer).toBeVisible();
    const src = await viewer.getAttribute("src");
    expect(src).toMatch(new RegExp(`^/hiring/applications/${applicationId}/documents/[^/?]+\\?inline=1$`));
    const pdf = await page.request.get(src!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toMatch(/^inline; /);
    expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
    expect(pdf.headers()["cache-control"]).toBe("private, no-store");
    // Without a session the document is not served.
    const anonymous = await browser.newContext();
    const refused = await anonymous.request.get(src!, { maxRedirects: 0 });
    expect([302, 303, 307, 401]).toContain(refused.status());
    expect(refused.headers()["content-type"] ?? "").not.toContain("application/pdf");
    await anonymous.close();

    // Candidate text is shown as text; nothing in it ran.
    await expect(page.getByText(HOSTILE_PRONOUNS, { exact: false })).toBeVisible();
    await expect(page.getByText(HOSTILE_LOCATION)).toBeVisible();
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    await expect(page.getByRole("heading", { name: "Work authorization and export control" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Accommodation request" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A note with a mention chosen from the typeahead, by keyboard (once React owns the form:
    // its character count follows the text).
    const note = page.getByLabel("Add a note");
    await expect(async () => {
      await note.fill("x");
      await expect(page.getByText("1 / 5000")).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await note.fill("Strong allocator story. ");
    await note.pressSequentially("@Cora Men", { delay: 20 });
    const suggestions = page.getByRole("list", { name: "People you can mention" });
    await expect(suggestions.getByRole("button", { name: new RegExp(`Mention ${colleague.name}`) })).toBeVisible();
    await expectNoAxeViolations(page);
    await note.press("ArrowDown");
    await expect(suggestions.getByRole("button", { name: new RegExp(`Mention ${colleague.name}`) })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(note).toBeFocused();
    await expect(note).toHaveValue(`Strong allocator story. @[${colleague.name}](${colleague.id}) `);
    await note.pressSequentially("can you book the panel?");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText("Note added.")).toBeVisible();
    await expect(note).toHaveValue("");
    const timeline = page.getByRole("list", { name: "Timeline, newest first" });
    await expect(timeline.getByText(`@${colleague.name}`)).toBeVisible();
    await expect(timeline.getByText("can you book the panel?", { exact: false })).toBeVisible();

    const notifications = await queryRows<{ kind: string }>(`SELECT "kind" FROM "Notification" WHERE "userId" = $1`, [
      colleague.id,
    ]);
    expect(notifications).toEqual([{ kind: "note.mention" }]);
    const emails = await queryRows<{ template: string; applicationId: string | null }>(
      `SELECT "template", "applicationId" FROM "EmailOutbox" WHERE "toAddress" = $1`,
      [colleague.email],
    );
    expect(emails).toEqual([{ template: "note-mention", applicationId: null }]);

    // A tag.
    await page.getByLabel("Add a tag").fill("Strong systems");
    await page.getByRole("button", { name: "Add tag" }).click();
    const tags = page.getByRole("list", { name: "Tags on this application" });
    await expect(tags.getByText("Strong systems")).toBeVisible();
    await expect(tags.getByRole("button", { name: "Remove tag Strong systems" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the person mentioned finds it in their notifications and marks it read", async ({ page, staffLogin }) => {
    const { applicationId } = await applyAsCandidate(page);
    await page.context().clearCookies();
    const coordinator = await staffLogin.asNew("COORDINATOR");
    const author = await createStaffUser("RECRUITER", "Rita Author");
    const [note] = await queryRows<{ id: string }>(
      `INSERT INTO "Note" ("id", "applicationId", "authorId", "body") VALUES ($1, $2, $3, $4) RETURNING "id"`,
      [`e2e_note_${applicationId}`, applicationId, author.id, "see this"],
    );
    await queryRows(
      `INSERT INTO "Notification" ("id", "userId", "kind", "payload") VALUES ($1, $2, 'note.mention', $3)`,
      [
        `e2e_notification_${applicationId}`,
        coordinator.id,
        JSON.stringify({ applicationId, noteId: note!.id, authorId: author.id }),
      ],
    );

    await page.goto("/hiring/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(page.getByText("1 unread.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Mark as read" }).click();
    await expect(page.getByText("All read.")).toBeVisible();
    await page.getByRole("link", { name: /Ada Lovelace/ }).click();
    await expect(page).toHaveURL(new RegExp(`/hiring/applications/${applicationId}#note-${note!.id}$`));
    // A coordinator handles accommodations: the request is on the profile for them.
    await expect(page.getByRole("heading", { name: "Accommodation request" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
