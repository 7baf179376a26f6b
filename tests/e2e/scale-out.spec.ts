// Two app instances on one Postgres and one file store behave as one: the e2e server (A) and a
// second `next start` (B) of the same build with the same environment. What one instance does,
// the other sees at once, because everything lives in Postgres or in the browser, nothing in a
// process: applications, staff sessions, rate-limit counts, jobs and their cached postings,
// careers home and Job Board API list; and
// an instance that stops loses nothing (the draft is in the browser, a retried submission on the
// other instance lands once).
import { randomUUID } from "node:crypto";
import {
  applyPath,
  errorSummary,
  expectConfirmation,
  fillRequired,
  newCandidate,
  openApplyForm,
  seedJobSlug,
  submitButton,
  waitForDraftContaining,
  waitForFormReady,
} from "./support/application-form";
import { countApplicationsFor, queryRows } from "./support/database";
import { E2E_APPLY_LIMIT_PER_HOUR, E2E_BASE_URL, readServerInfo } from "./support/e2e-env";
import { createPublishedJob } from "./support/job-editor";
import { ORGANIZATION } from "../../prisma/seed-data/organization";
import { balanceThrough, startSecondInstance, type AppInstance } from "./support/second-instance";
import { expect, test } from "./support/staff-login";

test.describe.configure({ mode: "serial" });
// Two instances need a real Postgres: the embedded one serves a single process.
test.skip(() => readServerInfo().embedded, "the scale-out test needs DATABASE_URL (a Postgres server)");

let b: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  if (readServerInfo().embedded) return;
  b = await startSecondInstance();
});

test.afterAll(async () => {
  await b?.stop();
});

test("an application sent through A is in B's table and profile, and A's staff session works on B", async ({
  page,
  staffLogin,
}) => {
  const candidate = newCandidate("scale-out");
  await openApplyForm(page);
  await fillRequired(page, candidate);
  await submitButton(page).click();
  await expectConfirmation(page);

  // Signed in on A (the fixture's cookie is for the public address); B reads the same session row.
  await staffLogin.asNew("RECRUITER");
  await page.goto(`${b.url}/hiring/applications?q=${encodeURIComponent(candidate.email)}`);
  // Not sent to sign in: B knows the session A's sign-in made.
  await expect(page).toHaveURL(new RegExp(`^${b.url}/hiring/applications\\?`));
  const table = page.getByRole("table", { name: /^Applications/ });
  const name = `${candidate.firstName} ${candidate.lastName}`;
  await table.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`^${b.url}/hiring/applications/[a-z0-9]+$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The resume A stored is served by B (one file store).
  const src = await page.getByTestId("resume-viewer").getAttribute("src");
  const resume = await page.request.get(`${b.url}${src}`);
  expect(resume.status()).toBe(200);
  expect(resume.headers()["content-type"]).toBe("application/pdf");
});

test("rate limits are counted once for both: over the limit on A, B answers 429 too", async ({ request }) => {
  // A client address of its own (the apps trust one proxy, which this test plays, so the rightmost
  // X-Forwarded-For entry is the client's), so this test's count touches no other test's applications.
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}, 203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const send = (base: string, from = address) =>
    request.post(`${base}/api/jobs/${seedJobSlug}/applications`, {
      headers: { origin: E2E_BASE_URL, "x-forwarded-for": from },
      multipart: { payload: "{}" },
    });
  // The e2e servers' apply limit per address and hour (e2e-env.ts); each request counts.
  for (let sent = 0; sent < E2E_APPLY_LIMIT_PER_HOUR; sent += 1)
    expect((await send(E2E_BASE_URL)).status()).not.toBe(429);

  const refused = await send(b.url);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  // Only that address: B still takes another client's request.
  expect((await send(b.url, `192.0.2.${Math.floor(Math.random() * 250) + 1}`)).status()).not.toBe(429);
});

test("a job published and then edited on A is served by B at once, with headers a CDN can cache", async ({
  page,
  staffLogin,
}) => {
  await staffLogin.asNew("RECRUITER");
  const title = `Scale Out Engineer ${randomUUID().slice(0, 6)}`;
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  const posting = (base: string) => page.request.get(`${base}/jobs/${slug}`);

  // B caches "not found" for the address first, as a posting page is cached for an hour.
  expect((await posting(b.url)).status()).toBe(404);
  expect(await createPublishedJob(page, title)).toBe(slug);
  await expect.poll(async () => (await posting(b.url)).status()).toBe(200);

  const served = await posting(b.url);
  expect(await served.text()).toContain("Version one of this posting.");
  // Shared caches (a CDN) may keep it a short while and serve it stale while they refetch.
  const cacheControl = served.headers()["cache-control"] ?? "";
  expect(cacheControl).toMatch(/(^|,\s*)s-maxage=300(,|$)/);
  expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
  expect(cacheControl).not.toMatch(/private|no-store/);

  // Edited on A: B drops its cached copy, told through Postgres, and serves the new text.
  await page.getByLabel("Text (Markdown)").first().fill("Version two of this posting.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. The careers site shows the changes now.")).toBeVisible();
  await expect
    .poll(async () => (await posting(b.url)).text(), { timeout: 5_000 })
    .toContain("Version two of this posting.");
  expect(await (await posting(E2E_BASE_URL)).text()).toContain("Version two of this posting.");
});

test("the cached careers home and Job Board API list show a job published on A, on both instances, and drop it when it closes", async ({
  page,
  staffLogin,
}) => {
  await staffLogin.asNew("RECRUITER");
  const title = `Cached Home Engineer ${randomUUID().slice(0, 6)}`;
  const home = (base: string) => page.request.get(`${base}/`);
  const jobList = (base: string) => page.request.get(`${base}/api/job-board/v1/boards/${ORGANIZATION.boardToken}/jobs`);
  const listed = async (base: string) => {
    const [homePage, list] = await Promise.all([home(base), jobList(base)]);
    return { home: (await homePage.text()).includes(title), api: (await list.text()).includes(title) };
  };

  // Both instances have the home and the list cached before the job exists.
  for (const base of [E2E_BASE_URL, b.url]) {
    expect(await listed(base)).toEqual({ home: false, api: false });
    const cached = await home(base);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    const cacheControl = cached.headers()["cache-control"] ?? "";
    expect(cacheControl).toMatch(/(^|,\s*)s-maxage=300(,|$)/);
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
    expect(cacheControl).not.toMatch(/private|no-store/);
  }

  const slug = await createPublishedJob(page, title);
  await expect.poll(() => listed(b.url), { timeout: 5_000 }).toEqual({ home: true, api: true });
  expect(await listed(E2E_BASE_URL)).toEqual({ home: true, api: true });
  // A search is rendered per request (and never kept by a CDN), and finds it too.
  const search = await page.request.get(`${b.url}/?q=${encodeURIComponent(title)}`);
  expect(await search.text()).toContain(`/jobs/${slug}`);
  expect(search.headers()["cache-control"]).toMatch(/private/);

  await page.getByRole("button", { name: "Close job" }).click();
  await page.getByRole("button", { name: "Yes, close job" }).click();
  await expect(page.getByText("Closed: the posting now says the role is no longer open.")).toBeVisible();
  await expect.poll(() => listed(b.url), { timeout: 5_000 }).toEqual({ home: false, api: false });
  expect(await listed(E2E_BASE_URL)).toEqual({ home: false, api: false });

  await page.getByRole("button", { name: "Reopen job" }).click();
  await expect(page.getByText("Published: the job is on the careers site.")).toBeVisible();
  await expect.poll(() => listed(b.url), { timeout: 5_000 }).toEqual({ home: true, api: true });
});

test("B stops during a submission: the draft survives in the browser and the retry on A lands once", async ({
  page,
}) => {
  const candidate = newCandidate("instance-down");
  let backend = b.url;
  await balanceThrough(page, () => backend);
  // The submission reaches B and B stores it, but B dies before the answer gets back.
  let deliveredToB = false;
  await page.route(`${E2E_BASE_URL}/api/jobs/${seedJobSlug}/applications`, async (route) => {
    if (backend !== b.url) return route.fallback();
    const response = await route.fetch({ url: `${b.url}${new URL(route.request().url()).pathname}` });
    deliveredToB = response.status() === 201;
    await b.stop("SIGKILL");
    backend = E2E_BASE_URL;
    await route.abort("connectionreset");
  });

  await openApplyForm(page);
  await fillRequired(page, candidate);
  await waitForDraftContaining(page, '"privacyAcknowledged":true');
  await submitButton(page).click();
  await expect(errorSummary(page)).toContainText("Your application was not sent");
  expect(deliveredToB).toBe(true);
  expect(await countApplicationsFor(candidate.email)).toBe(1);

  // The balancer now sends everything to A. The answers are still in this browser.
  await page.goto(applyPath);
  await waitForFormReady(page);
  await expect(page.locator("#f-email")).toHaveValue(candidate.email);
  await expect(page.getByText("Attached:")).toContainText("ada-lovelace-resume.pdf");
  await page.locator("#f-privacyAcknowledged").check();
  await submitButton(page).click();
  const reference = await expectConfirmation(page);

  // Same submissionKey: A answers with the application B stored, and there is still one.
  expect(await countApplicationsFor(candidate.email)).toBe(1);
  const [stored] = await queryRows<{ reference: string }>(
    `SELECT "reference" FROM "Application" WHERE "emailNormalized" = $1`,
    [candidate.email],
  );
  expect(stored?.reference).toBe(reference);
});
