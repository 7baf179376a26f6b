// The shipped nginx configuration (deploy/nginx/trellis.conf) in front of the e2e app server:
// postings come from nginx's cache for as long as the app's s-maxage says, an edit is served
// by the first request after that, staff pages and anything with a cookie or credential always
// go to the app, and long addresses never become a 502. nginx runs under libfaketime so a page
// expires when the test moves nginx's clock past the page's own s-maxage, not after a sleep.
// The rules the app never exercises (Set-Cookie, redirects, Vary, stale while revalidating):
// nginx-config.spec.ts.
import { randomUUID } from "node:crypto";
import type { APIResponse } from "@playwright/test";
import { seedJobSlug } from "./support/application-form";
import { E2E_BASE_URL } from "./support/e2e-env";
import { createPublishedJob } from "./support/job-editor";
import { cacheStatus, needsFakeTime, nginxInFront } from "./support/nginx";
import { expect, test } from "./support/staff-login";

// The app's cap on an application (MAX_APPLICATION_BODY_BYTES, lib/http/read-multipart.ts, which
// only the server may import); nginx's client_max_body_size must let exactly that much through.
const APPLICATION_BODY_CAP = 21 * 1024 * 1024;

const nginx = nginxInFront(() => new URL(E2E_BASE_URL).host);

function sMaxAge(response: APIResponse): number {
  const match = /(?:^|,\s*)s-maxage=(\d+)/.exec(response.headers()["cache-control"] ?? "");
  if (!match) throw new Error(`no s-maxage in ${response.headers()["cache-control"]}`);
  return Number(match[1]);
}

test("a posting is served from nginx's cache, compressed as the app sent it", async ({ request }) => {
  const path = `/jobs/${seedJobSlug}`;
  const first = await request.get(nginx().url + path);
  expect(first.status()).toBe(200);
  expect(cacheStatus(first)).toBe("MISS");
  const second = await request.get(nginx().url + path);
  expect(cacheStatus(second)).toBe("HIT");
  expect(await second.text()).toBe(await first.text());
  expect(sMaxAge(second)).toBeGreaterThan(0);

  // A browser's gzip copy is kept beside it (the app's Vary: Accept-Encoding), compressed once.
  const gzip = { "accept-encoding": "gzip" };
  await request.get(nginx().url + path, { headers: gzip });
  const compressed = await request.get(nginx().url + path, { headers: gzip });
  expect(cacheStatus(compressed)).toBe("HIT");
  expect(compressed.headers()["content-encoding"]).toBe("gzip");
});

test("staff pages and requests with a cookie or credential are answered by the app, never from the cache", async ({
  page,
  request,
  staffLogin,
}) => {
  // A public page asked with a cookie: not answered from the cache, nor stored for others.
  const path = `/jobs/${seedJobSlug}`;
  for (const cookie of ["authjs.session-token=x", "NEXT_LOCALE=de", "analytics=1"]) {
    // Not following the language cookie's redirect to /de/…: the answer nginx gave this request.
    const withCookie = await request.get(nginx().url + path, { headers: { cookie }, maxRedirects: 0 });
    expect(cacheStatus(withCookie), cookie).toBe("BYPASS");
  }
  // The same for a credential: a Staff API token on a document anyone may otherwise cache.
  const openApi = "/api/v1/openapi.json";
  const withToken = await request.get(nginx().url + openApi, { headers: { authorization: "Bearer trl_x" } });
  expect(cacheStatus(withToken)).toBe("BYPASS");
  expect(cacheStatus(await request.get(nginx().url + openApi))).toBe("MISS");
  expect(cacheStatus(await request.get(nginx().url + openApi))).toBe("HIT");

  // A signed-in recruiter's staff page goes to the app; someone without the session gets sign-in.
  await staffLogin.asNew("RECRUITER");
  const staff = await page.request.get(`${nginx().url}/hiring/jobs`, { maxRedirects: 0 });
  expect(staff.status()).toBe(200);
  expect(cacheStatus(staff)).toBe("BYPASS");
  const anonymous = await request.get(`${nginx().url}/hiring/jobs`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/hiring/sign-in");
  // Private by address, whatever the request carries: sign-in and the candidate's status link.
  for (const privatePath of ["/hiring/sign-in", `/applications/status/${randomUUID()}`]) {
    await request.get(nginx().url + privatePath);
    expect(cacheStatus(await request.get(nginx().url + privatePath)), privatePath).toBe("BYPASS");
  }
  // A form post is never answered from the cache.
  const posted = await request.post(nginx().url + path, { form: { any: "thing" }, maxRedirects: 0 });
  expect(cacheStatus(posted) ?? "none").not.toBe("HIT");
});

test("a job edit is served through nginx by the first request after the page's s-maxage", async ({
  page,
  request,
  staffLogin,
}) => {
  needsFakeTime();
  await staffLogin.asNew("RECRUITER");
  const slug = await createPublishedJob(page, `Nginx Cache Engineer ${randomUUID().slice(0, 6)}`);
  const viaNginx = () => request.get(`${nginx().url}/jobs/${slug}`);

  const stored = await viaNginx();
  expect(cacheStatus(stored)).toBe("MISS");
  expect(await stored.text()).toContain("Version one of this posting.");
  const freshFor = sMaxAge(stored);

  // Edited by staff (on the app): the app shows it at once (it drops its own cached copy) ...
  await page.getByLabel("Text (Markdown)").first().fill("Version two of this posting.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. The careers site shows the changes now.")).toBeVisible();
  await expect
    .poll(async () => (await request.get(`${E2E_BASE_URL}/jobs/${slug}`)).text())
    .toContain("Version two of this posting.");

  // ... nginx keeps its copy while it is fresh: the bound is the app's s-maxage, not sooner ...
  for (const ahead of [0, freshFor - 60]) {
    await nginx().setClockAhead(ahead);
    const cached = await viaNginx();
    expect(cacheStatus(cached), `${ahead} s later`).toBe("HIT");
    expect(await cached.text()).toContain("Version one of this posting.");
  }

  // ... and the first request after it fetches the page again and gets the edit.
  await nginx().setClockAhead(freshFor + 1);
  const refreshed = await viaNginx();
  expect(cacheStatus(refreshed)).toBe("EXPIRED");
  expect(await refreshed.text()).toContain("Version two of this posting.");
  const next = await viaNginx();
  expect(cacheStatus(next)).toBe("HIT");
  expect(await next.text()).toContain("Version two of this posting.");
});

test("a long address is refused by nginx (414), and one just under the cap keeps the app's 308 (no 502)", async ({
  request,
}) => {
  // Next.js answers a path ending in "/" (or "/.", which the client sends as "/") with a 308
  // repeating the address in Location and Refresh.
  const path = `/jobs/${seedJobSlug}/`;
  const atCap = `${path}?q=${"a".repeat(4096 - path.length - 3)}`;
  expect(atCap.length).toBe(4096);
  const redirected = await request.get(nginx().url + atCap, { maxRedirects: 0 });
  expect(redirected.status()).toBe(308);
  expect(redirected.headers()["location"]).toContain("aaaa");

  const tooLong = await request.get(`${nginx().url}${atCap}a`, { maxRedirects: 0 });
  expect(tooLong.status()).toBe(414);
});

test("an application as large as the app reads reaches it; a larger one is refused by nginx", async ({ request }) => {
  const apply = `${nginx().url}/api/jobs/${seedJobSlug}/applications`;
  // Not a valid form: the app reads it all, then refuses it with its own JSON answer.
  const send = (bytes: number) =>
    request.post(apply, {
      headers: { "content-type": "multipart/form-data; boundary=nginx", origin: E2E_BASE_URL },
      data: Buffer.alloc(bytes, "a"),
    });
  const largest = await send(APPLICATION_BODY_CAP);
  expect(largest.headers()["content-type"]).toContain("json");
  const larger = await send(APPLICATION_BODY_CAP + 1);
  expect(larger.status()).toBe(413);
  expect(larger.headers()["content-type"]).toContain("text/html");
});
