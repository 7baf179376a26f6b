// Staff sign-in for real: the magic link travels over SMTP to the sink, the browser opens it,
// and signing out ends the session. The other staff specs sign in through ./support/staff-login.
import { expectNoAxeViolations } from "./support/axe";
import { queryRows } from "./support/database";
import { waitForEmail } from "./support/smtp-sink";
import { DEMO_STAFF_EMAILS, SESSION_COOKIE, expect, test } from "./support/staff-login";

const SIGN_IN_LINK = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/;

test.describe("staff sign-in", () => {
  test("a recruiter signs in with a magic link and signs out again", async ({ page, context }) => {
    const email = DEMO_STAFF_EMAILS.RECRUITER;
    await page.goto("/hiring");
    await expect(page).toHaveURL(/\/hiring\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Trellis" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Work email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/hiring\/sign-in\/check-email$/);
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expectNoAxeViolations(page);

    const message = await waitForEmail({ to: email, subjectIncludes: "sign-in link" });
    const link = message.text.match(SIGN_IN_LINK)?.[0];
    expect(link, message.text).toBeDefined();
    await page.goto(link!);
    await expect(page).toHaveURL(/\/hiring\/jobs$/);
    const header = page.getByRole("banner");
    await expect(header.getByText("Demo Recruiter")).toBeVisible();
    await expect(header.getByText("Recruiter", { exact: true })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Staff" });
    await expect(nav.getByRole("link", { name: "Jobs" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Staff" })).toHaveCount(0);

    // The link works once.
    await page.goto(link!);
    await expect(page).toHaveURL(/\/hiring\/sign-in\/error\?error=Verification/);

    const token = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
    await page.goto("/hiring/jobs");
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/hiring\/sign-in$/);
    expect(await queryRows(`SELECT 1 FROM "Session" WHERE "sessionToken" = $1`, [token])).toHaveLength(0);
    await page.goto("/hiring");
    await expect(page).toHaveURL(/\/hiring\/sign-in$/);
  });

  test("an unknown address gets the same answer and no email", async ({ page }) => {
    const email = `nobody-${Date.now()}@example.test`;
    await page.goto("/hiring/sign-in");
    await page.getByLabel("Work email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/hiring\/sign-in\/check-email$/);
    await expect(waitForEmail({ to: email, timeoutMs: 1_500 })).rejects.toThrow(/No email/);
    expect(await queryRows(`SELECT 1 FROM "EmailOutbox" WHERE "toAddress" = $1`, [email])).toHaveLength(0);
  });

  test("a signed-out visitor to a staff page comes back to it after signing in", async ({ page }) => {
    await page.goto("/hiring/staff");
    await expect(page).toHaveURL(/\/hiring\/sign-in\?callbackUrl=%2Fhiring%2Fstaff$/);
  });
});

test.describe("staff page", () => {
  test("an administrator invites, changes a role and deactivates; the page is accessible", async ({
    page,
    staffLogin,
  }) => {
    await staffLogin.asNew("ADMIN");
    await page.goto("/hiring/staff");
    await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
    await expectNoAxeViolations(page);

    const email = `invitee-${Date.now()}@example.test`;
    const invite = page.getByRole("form", { name: "Invite a staff member" });
    await invite.getByRole("textbox", { name: "Name" }).fill("Ivy Invitee");
    await invite.getByRole("textbox", { name: "Work email" }).fill(email);
    await invite.getByRole("combobox", { name: "Role", exact: true }).selectOption("COORDINATOR");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ivy Invitee is invited" })).toBeVisible();
    const invitation = await waitForEmail({ to: email, subjectIncludes: "invited to Trellis" });
    expect(invitation.text).toContain("/hiring/sign-in");

    const row = page.getByRole("row", { name: /Ivy Invitee/ });
    await row.getByRole("combobox", { name: "Role of Ivy Invitee" }).selectOption("RECRUITER");
    await row.getByRole("button", { name: "Save role of Ivy Invitee" }).click();
    await expect(row.getByRole("cell", { name: "Recruiter", exact: true })).toBeVisible();
    await row.getByRole("button", { name: "Deactivate Ivy Invitee" }).click();
    await expect(row.getByText("Deactivated")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("is not there for anyone but administrators", async ({ page, staffLogin }) => {
    await staffLogin.as("INTERVIEWER");
    const response = await page.goto("/hiring/staff");
    expect(response?.status()).toBe(404);
  });
});
