// The Content-Security-Policy in a real browser (docs/decisions/0010): pages run their own
// scripts (React hydrates, forms validate) with no policy violation, cached pages by the hashes of
// their inline scripts (the static candidate pages have none, decision 0053) and the others by a
// nonce, and a script injected into either does not run.
import type { Page } from "@playwright/test";
import { applyPath, errorSummary, openApplyForm, seedJobSlug, submitButton } from "./support/application-form";
import { expect, test } from "./support/staff-login";

/** Records every CSP violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const seen = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

// zod 4 asks once whether `new Function` works (for faster parsers) and, refused, parses
// without it: that refusal is the policy doing its job, not a broken page.
const ZOD_EVAL_PROBE = "script-src eval";

const reportedViolations = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).filter(
    (violation) => violation !== ZOD_EVAL_PROBE,
  );

/** Whether React has taken over the page (it marks the nodes it manages). */
const hydrated = (page: Page, selector: string) =>
  page.waitForFunction((css) => {
    const node = document.querySelector(css);
    return node !== null && Object.keys(node).some((key) => key.startsWith("__react"));
  }, selector);

/** Every inline script of the page, as the hash source a policy names it by. */
const inlineScriptHashes = (page: Page) =>
  page.evaluate(async () => {
    const scripts = [...document.querySelectorAll("script:not([src])")].filter(
      (script) => !(script as HTMLScriptElement).type || (script as HTMLScriptElement).type === "module",
    );
    return Promise.all(
      scripts.map(async (script) => {
        const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(script.textContent ?? ""));
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      }),
    );
  });

/** The page is a cached one: its policy lets exactly its own inline scripts run, by their hashes, and nothing inline else. */
async function expectCachedPagePolicy(page: Page, response: Awaited<ReturnType<Page["goto"]>>) {
  const policy = response?.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src ")) ?? "";
  expect(scriptSrc).toBe(["script-src 'self'", ...new Set(await inlineScriptHashes(page))].join(" "));
}

/** A static candidate page (docs/decisions/0053): none of Next.js's scripts, nothing inline to run. */
async function expectStaticPage(page: Page) {
  const scripts = await page.evaluate(() =>
    [...document.scripts].map((script) => (script.src ? new URL(script.src).pathname : script.type || "inline")),
  );
  expect(scripts.filter((script) => script === "inline" || script.startsWith("/_next/"))).toEqual([]);
}

test.describe("content security policy", () => {
  test("the careers pages run their scripts under the policy: the static home and posting none inline, the others by a nonce", async ({
    page,
  }) => {
    const violations = await watchViolations(page);

    // The home without a search is one cached page for everyone (docs/decisions/0022): rendered
    // by the first request, served from the cache to the second.
    for (const visit of ["rendered", "from the cache"]) {
      const home = await page.goto("/");
      await expectCachedPagePolicy(page, home);
      await expectStaticPage(page);
      expect(home?.headers()["x-content-type-options"], visit).toBe("nosniff");
      expect(home?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    }

    const search = await page.goto("/?q=engineer");
    expect(search?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await hydrated(page, "main");

    for (const _visit of ["rendered", "from the cache"]) {
      const posting = await page.goto(`/jobs/${seedJobSlug}?utm_source=csp`);
      await expectCachedPagePolicy(page, posting);
      await expectStaticPage(page);
      // Its one script (candidate-page.js) runs under the policy.
      await expect(page.getByRole("link", { name: "Apply for this job" }).first()).toHaveAttribute(
        "href",
        /\/apply\?utm_source=csp$/,
      );
    }

    await openApplyForm(page);
    // Every script Next.js rendered carries this response's nonce.
    const nonces = await page.evaluate(() =>
      [...document.querySelectorAll("script:not([type='application/ld+json'])")].map(
        (script) => (script as HTMLScriptElement).nonce,
      ),
    );
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces).size).toBe(1);
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // react-hook-form validates in the browser: the client scripts run.
    await submitButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    expect(page.url()).toContain(applyPath);

    expect(violations).toEqual([]);
    expect(await reportedViolations(page)).toEqual([]);
  });

  test("API responses get a policy under which nothing loads, runs or is framed", async ({ page }) => {
    for (const path of ["/api/auth/csrf", "/api/job-board/v1/boards/no-such-board/jobs"]) {
      const response = await page.request.get(path);
      expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  test("a script injected into a cached page does not run", async ({ page }) => {
    await watchViolations(page);
    await page.goto(`/jobs/${seedJobSlug}`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img src="data:," onerror="window.__injected = 'handler'">`);
      const script = document.createElement("script");
      script.textContent = "window.__injected = 'script'";
      document.body.append(script);
    });
    await expect.poll(async () => (await reportedViolations(page)).length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  });

  test("a script injected into a page rendered per request does not run", async ({ page }) => {
    await watchViolations(page);
    await openApplyForm(page);
    // What an XSS hole lets through: markup, with an inline handler and a javascript: link.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        "beforeend",
        `<img src="data:," onerror="window.__injected = 'handler'"><a id="injected-link" href="javascript:window.__injected = 'link'">x</a>`,
      );
    });
    await page.locator("#injected-link").click();
    await expect.poll(async () => (await reportedViolations(page)).length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  });

  test("staff pages and the candidate profile work under the policy", async ({ page, staffLogin }) => {
    const violations = await watchViolations(page);
    await staffLogin.as("RECRUITER");
    const jobs = await page.goto("/hiring/jobs");
    expect(jobs?.headers()["content-security-policy"]).toMatch(/'nonce-/);
    await hydrated(page, "main");
    await page.goto("/hiring/applications");
    await page.locator("table a[href^='/hiring/applications/']").first().click();
    await expect(page).toHaveURL(/\/hiring\/applications\/[^/]+$/);
    await hydrated(page, "main");
    expect(violations).toEqual([]);
    expect(await reportedViolations(page)).toEqual([]);
  });
});
