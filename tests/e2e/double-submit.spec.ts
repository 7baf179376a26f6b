import { expect, test } from "@playwright/test";
import {
  expectConfirmation,
  fillRequired,
  newCandidate,
  openApplyForm,
  seedJobSlug,
  submitButton,
} from "./support/application-form";
import { countApplicationsFor } from "./support/database";

const applyEndpoint = `/api/jobs/${seedJobSlug}/applications`;

test.describe("an application is stored exactly once", () => {
  test("a double click on submit stores one application", async ({ page }) => {
    const candidate = newCandidate("double-click");
    await openApplyForm(page);
    await fillRequired(page, candidate);
    await submitButton(page).dblclick();
    await expectConfirmation(page);
    expect(await countApplicationsFor(candidate.email)).toBe(1);
  });

  test("the same request sent three times at once stores one application and answers each with it", async ({
    page,
  }) => {
    const candidate = newCandidate("replay");
    // When the form sends, the page sends the very same multipart body (same submissionKey, same
    // files) twice more at the same moment, as a flaky network's retries would. The answers are
    // kept in sessionStorage, which survives the move to the confirmation page.
    await page.addInitScript((endpoint) => {
      const send = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (body) {
        if (body instanceof FormData) {
          const copies = [0, 1].map(() =>
            fetch(endpoint, { method: "POST", body }).then(async (response) => ({
              status: response.status,
              body: await response.json(),
            })),
          );
          void Promise.all(copies).then((results) => sessionStorage.setItem("e2e:replays", JSON.stringify(results)));
        }
        return send.call(this, body);
      };
    }, applyEndpoint);
    await openApplyForm(page);
    await fillRequired(page, candidate);
    await submitButton(page).click();
    const reference = await expectConfirmation(page);

    await expect.poll(() => page.evaluate(() => sessionStorage.getItem("e2e:replays"))).not.toBeNull();
    const replays = JSON.parse((await page.evaluate(() => sessionStorage.getItem("e2e:replays")))!) as {
      status: number;
      body: unknown;
    }[];
    expect(replays).toHaveLength(2);
    for (const replay of replays) {
      expect([200, 201]).toContain(replay.status);
      expect(replay.body).toMatchObject({ ok: true, reference });
    }
    expect(await countApplicationsFor(candidate.email)).toBe(1);
  });
});
