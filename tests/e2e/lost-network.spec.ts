// A connection that drops while the application is sent: the browser really fails the request
// (route.abort), and the candidate must see a clear message and keep every answer. A database
// that is down behind a working connection is covered at the route level by
// tests/integration/apply-route-database-down.test.ts, against a real unreachable database.
import { expect, test } from "@playwright/test";
import {
  errorSummary,
  expectConfirmation,
  fillRequired,
  newCandidate,
  openApplyForm,
  seedJobSlug,
  submitButton,
  waitForDraftContaining,
} from "./support/application-form";
import { countApplicationsFor } from "./support/database";

const applyEndpoint = `**/api/jobs/${seedJobSlug}/applications`;

test("a lost connection at submit shows a clear message, keeps the draft, and a retry sends it once", async ({
  page,
}) => {
  const candidate = newCandidate("offline");
  await openApplyForm(page);
  await fillRequired(page, candidate);
  await waitForDraftContaining(page, '"privacyAcknowledged":true');

  await page.route(applyEndpoint, (route) => route.abort("internetdisconnected"));
  await submitButton(page).click();
  const alert = errorSummary(page);
  await expect(alert).toContainText("Your application was not sent");
  await expect(alert).toContainText("We could not reach Trellis");
  await expect(alert).toContainText("Your answers are kept in this browser");
  await expect(page).toHaveURL(/\/apply$/);
  expect(await countApplicationsFor(candidate.email)).toBe(0);

  // Still there after a reload (a crash, a closed tab).
  await page.reload();
  await expect(page.locator("#f-email")).toHaveValue(candidate.email);
  await expect(page.getByText("Attached:")).toContainText("ada-lovelace-resume.pdf");

  // Back online: the privacy acknowledgement is re-confirmed and the same draft goes through.
  await page.unroute(applyEndpoint);
  await page.locator("#f-privacyAcknowledged").check();
  await submitButton(page).click();
  await expectConfirmation(page);
  expect(await countApplicationsFor(candidate.email)).toBe(1);
});
