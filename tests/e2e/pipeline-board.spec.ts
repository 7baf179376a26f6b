// The pipeline board as a recruiter uses it: drag with the mouse, move with the keyboard (and
// the Move to menu), reject two candidates at once with an email they really receive.
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { queryRows } from "./support/database";
import { createBoardFixture, withE2ePrisma, type BoardFixture } from "./support/pipeline-data";
import { waitForEmail } from "./support/smtp-sink";
import { expect, test } from "./support/staff-login";

type Person = BoardFixture["candidates"][number];

const column = (page: Page, stage: string) => page.getByRole("region", { name: new RegExp(`^${stage}, `) });
const card = (scope: Page | Locator, name: string) => scope.getByRole("article", { name });

async function stageOf(applicationId: string): Promise<{ stage: string; status: string; version: number }> {
  const [row] = await queryRows<{ stage: string; status: string; version: number }>(
    `SELECT s.name AS stage, a.status::text AS status, a.version FROM "Application" a JOIN "Stage" s ON s.id = a."stageId" WHERE a.id = $1`,
    [applicationId],
  );
  return row!;
}

/** A real pointer drag: press on the card's handle, travel in steps, release over the column. */
async function dragCard(page: Page, name: string, stage: string) {
  const handle = page.getByRole("button", { name: `Drag ${name}` });
  const from = (await handle.boundingBox())!;
  const to = (await column(page, stage).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await page.mouse.up();
}

test.describe("pipeline board", () => {
  test("a recruiter drags one card, moves others by keyboard, and rejects two candidates with an email", async ({
    page,
    staffLogin,
  }) => {
    const job = await createBoardFixture(["Mouse", "Keys", "Menu", "Reject", "Decline"]);
    const [mouse, keys, menu, reject, decline] = job.candidates as [Person, Person, Person, Person, Person];
    await staffLogin.as("RECRUITER");

    await page.goto(`/hiring/jobs/${job.jobId}/board`);
    await expect(page.getByRole("heading", { level: 1, name: job.jobTitle })).toBeVisible();
    await expect(column(page, "Applied")).toHaveAccessibleName("Applied, 5 candidates");
    await expectNoAxeViolations(page);

    // Mouse: drag to Recruiter screen.
    await dragCard(page, mouse.name, "Recruiter screen");
    await expect(card(column(page, "Recruiter screen"), mouse.name)).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: `Moved ${mouse.name} to Recruiter screen.` }),
    ).toBeVisible();
    await expect
      .poll(() => stageOf(mouse.applicationId))
      .toEqual({ stage: "Recruiter screen", status: "ACTIVE", version: 1 });

    // Keyboard with dnd-kit: Space picks up, each Right arrow is one stage, Space drops; the
    // test listens to the live region between keys, as a screen reader user would.
    const announcer = page.locator("[id^='DndLiveRegion']");
    await page.getByRole("button", { name: `Drag ${keys.name}` }).focus();
    await page.keyboard.press("Space");
    await expect(announcer).toContainText(`Picked up ${keys.name}, in Applied.`);
    await page.keyboard.press("ArrowRight");
    await expect(announcer).toContainText(`${keys.name} is over Recruiter screen.`);
    await page.keyboard.press("ArrowRight");
    await expect(announcer).toContainText(`${keys.name} is over Hiring manager screen.`);
    await page.keyboard.press("Space");
    await expect(card(column(page, "Hiring manager screen"), keys.name)).toBeVisible();
    await expect
      .poll(() => stageOf(keys.applicationId))
      .toEqual({ stage: "Hiring manager screen", status: "ACTIVE", version: 1 });
    // Focus stays with the card in its new column, and the screen reader heard where it went.
    await expect(page.getByRole("button", { name: `Drag ${keys.name}` })).toBeFocused();
    await expect(announcer).toContainText(`${keys.name} moved to Hiring manager screen.`);

    // Keyboard without dragging: the Move to menu.
    await page.getByRole("button", { name: `Move to… ${menu.name}` }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Technical interviews" }).press("Enter");
    await expect(card(column(page, "Technical interviews"), menu.name)).toBeVisible();
    await expect(page.getByRole("button", { name: `Move to… ${menu.name}` })).toBeFocused();
    await expect.poll(() => stageOf(menu.applicationId)).toMatchObject({ stage: "Technical interviews" });

    // Bulk: reject two with the suggested email, edited, after looking at the preview.
    await page.getByRole("checkbox", { name: `Select ${reject.name}` }).check();
    await page.getByRole("checkbox", { name: `Select ${decline.name}` }).check();
    await expect(page.getByText("2 candidates selected")).toBeVisible();
    await page.getByRole("button", { name: "Reject selected…" }).click();
    const dialog = page.getByRole("dialog", { name: "Close the application: 2 candidates" });
    await dialog.getByLabel("Reason").selectOption({ label: "Not enough relevant experience" });
    await expect(dialog.getByLabel("Subject")).toHaveValue(
      "Your application for {{job.title}} at {{organization.name}}",
    );
    const message = dialog.getByLabel("Message");
    await message.fill(
      (await message.inputValue()).replace(
        "Dear {{candidate.preferredName}},",
        "Dear {{candidate.preferredName}}, hello again,",
      ),
    );
    const preview = dialog.getByRole("region", { name: `Preview for ${reject.name}` });
    await expect(preview).toContainText(`Dear ${reject.firstName}, hello again,`);
    await expect(preview).toContainText(`Your application for ${job.jobTitle}`);
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Reject and send email" }).click();

    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole("status").filter({ hasText: "Closed 2 candidates; 2 emails are on the way." }),
    ).toBeVisible();
    await expect(card(page, reject.name)).toHaveCount(0);
    await expect(card(page, decline.name)).toHaveCount(0);
    await expect(column(page, "Applied")).toHaveAccessibleName("Applied, 0 candidates");

    for (const person of [reject, decline]) {
      const email = await waitForEmail({ to: person.email, subjectIncludes: job.jobTitle, timeoutMs: 20_000 });
      expect(email.text).toContain(`Dear ${person.firstName}, hello again,`);
      expect(email.text).not.toContain("{{");
      expect(await stageOf(person.applicationId)).toMatchObject({ stage: "Applied", status: "REJECTED" });
    }
    await expectNoAxeViolations(page);
  });

  test("a candidate who applied in German is shown and sent the template's German version (issue 15)", async ({
    page,
    staffLogin,
  }) => {
    const job = await createBoardFixture(["Jens"]);
    const [jens] = job.candidates as [Person];
    await withE2ePrisma((prisma) =>
      prisma.application.update({ where: { id: jens.applicationId }, data: { locale: "de" } }),
    );
    await staffLogin.as("RECRUITER");
    await page.goto(`/hiring/jobs/${job.jobId}/board`);
    await page.getByRole("checkbox", { name: `Select ${jens.name}` }).check();
    await page.getByRole("button", { name: "Reject selected…" }).click();
    const dialog = page.getByRole("dialog", { name: `Close the application: ${jens.name}` });
    await dialog.getByLabel("Reason").selectOption({ label: "Not enough relevant experience" });
    // The seeded template's German version, loaded for this candidate, and said so.
    await expect(dialog.getByLabel("Subject")).toHaveValue(
      "Ihre Bewerbung als {{job.title}} bei {{organization.name}}",
    );
    const preview = dialog.getByRole("region", { name: `Preview for ${jens.name}` });
    await expect(preview).toContainText("Sent in German: this candidate applied in German.");
    await expect(preview).toContainText(`Hallo ${jens.firstName},`);
    // Marked German, so a screen reader reads it with German sounds in the English page.
    await expect(preview.getByText(`Hallo ${jens.firstName},`)).toHaveAttribute("lang", "de");
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Reject and send email" }).click();
    await expect(dialog).toBeHidden();

    const email = await waitForEmail({ to: jens.email, subjectIncludes: job.jobTitle, timeoutMs: 20_000 });
    expect(email.subject).toContain("Ihre Bewerbung als");
    expect(email.text).toContain(`Hallo ${jens.firstName},`);
  });

  test("a move based on an outdated board is refused, explained, and the board shows the truth", async ({
    page,
    staffLogin,
  }) => {
    const job = await createBoardFixture(["Race"]);
    const [racer] = job.candidates as [Person];
    await staffLogin.as("RECRUITER");
    await page.goto(`/hiring/jobs/${job.jobId}/board`);
    await expect(card(column(page, "Applied"), racer.name)).toBeVisible();

    // Someone else moves the candidate to Offer after this board was loaded.
    await withE2ePrisma((prisma) =>
      prisma.application.update({
        where: { id: racer.applicationId },
        data: { stageId: job.stageIds["Offer"]!, version: { increment: 1 } },
      }),
    );

    await page.getByRole("button", { name: `Move to… ${racer.name}` }).click();
    await page.getByRole("menuitem", { name: "Recruiter screen" }).click();
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "Someone else moved this candidate a moment ago; the board has been refreshed." }),
    ).toBeVisible();
    await expect(card(column(page, "Offer"), racer.name)).toBeVisible();
    await expect(card(column(page, "Recruiter screen"), racer.name)).toHaveCount(0);
    expect(await stageOf(racer.applicationId)).toEqual({ stage: "Offer", status: "ACTIVE", version: 1 });
  });
});
