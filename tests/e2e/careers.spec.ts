import { expect, test } from "@playwright/test";
import { readMessages, type MessageTree } from "../../i18n/read-messages";
import { expectNoAxeViolations } from "./support/axe";
import {
  errorSummary,
  expectConfirmation,
  fillRequired,
  newCandidate,
  openApplyForm,
  seedJob,
  seedJobSlug,
  submitButton,
} from "./support/application-form";

const postingPath = `/jobs/${seedJobSlug}`;

/** The first sentence of the posting paragraph that mentions `phrase` (straight from the seed). */
function seedSentence(phrase: RegExp): string {
  const paragraph = seedJob.sections
    .flatMap((section) => section.bodyMarkdown.split(/\n\s*\n/))
    .find((text) => phrase.test(text));
  if (!paragraph) throw new Error(`The seed posting has no paragraph matching ${phrase}`);
  return paragraph.trim().split(/(?<=\.)\s/)[0] ?? paragraph;
}

test.describe("careers site", () => {
  test("the home page lists the seed job, and search and filters find it", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Careers");
    const jobLink = page.getByRole("link", { name: seedJob.title, exact: true });
    await expect(jobLink).toBeVisible();

    const search = page.getByRole("search", { name: "Search open positions" });
    await search.getByLabel("Search").fill("Workers Runtime");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]q=Workers\+Runtime/);
    await expect(page.getByRole("heading", { name: /match(es)? your search/ })).toBeVisible();
    await expect(jobLink).toBeVisible();

    await page.goto("/");
    await search.getByLabel("Department").selectOption(seedJob.departmentName);
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]department=/);
    await expect(jobLink).toBeVisible();

    await page.goto("/?q=no-such-role-anywhere-xyz");
    await expect(page.getByRole("heading", { name: /^No .*match your search/ })).toBeVisible();
    await expect(jobLink).toHaveCount(0);
  });

  test("the posting page shows every section, the legal paragraphs and complete metadata", async ({ page }) => {
    await page.goto(postingPath);
    await expect(page.getByRole("heading", { level: 1, name: seedJob.title })).toBeVisible();
    for (const section of seedJob.sections) {
      if (section.heading)
        await expect(page.getByRole("heading", { level: 2, name: section.heading, exact: true })).toBeVisible();
    }
    await expect(page.getByText(seedSentence(/export control laws/i))).toBeVisible();
    await expect(page.getByText(seedSentence(/provides reasonable accommodations/i))).toBeVisible();
    await expect(page.getByText(/We are an AA\/Veterans\/Disabled Employer\./)).toBeVisible();

    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "null",
    ) as Record<string, unknown>;
    expect(jsonLd["@type"]).toBe("JobPosting");
    expect(jsonLd.title).toBe(seedJob.title);
    for (const key of ["description", "datePosted", "validThrough", "employmentType", "hiringOrganization"]) {
      expect(jsonLd[key], `JSON-LD ${key}`).toBeTruthy();
    }
    expect(Number.isNaN(Date.parse(String(jsonLd.datePosted)))).toBe(false);
    expect(Date.parse(String(jsonLd.validThrough))).toBeGreaterThan(Date.now());
    expect(jsonLd.directApply).toBe(true);
    expect((jsonLd.hiringOrganization as { name?: string }).name).toBeTruthy();
    expect(
      jsonLd.jobLocation ?? jsonLd.applicantLocationRequirements,
      "jobLocation or applicantLocationRequirements",
    ).toBeTruthy();

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/jobs/${seedJobSlug}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      new RegExp(escapeRegExp(seedJob.title)),
    );
  });

  test("home, posting, apply and confirmation pages have no WCAG A/AA violations", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);

    await page.goto(postingPath);
    await expectNoAxeViolations(page);

    await openApplyForm(page);
    await expectNoAxeViolations(page);

    // The error summary and invalid fields are part of the form too.
    await submitButton(page).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page);

    await fillRequired(page, newCandidate("axe"));
    await submitButton(page).click();
    await expectConfirmation(page);
    await expectNoAxeViolations(page);
  });

  test("the posting and the careers home carry none of the application form's messages", async ({ request }) => {
    // A translation provider above every candidate page once wrote the form's messages into each
    // page's HTML as React's payload, about 12 KB (issue 16); only the apply page needs them.
    const formTexts = await applicationFormTexts();
    expect(formTexts.length).toBeGreaterThan(20);
    const htmlOf = async (path: string) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return response.text();
    };
    // The apply page has them all, so they are found as the payload writes them.
    const applyHtml = await htmlOf(`${postingPath}/apply`);
    expect(formTexts.filter((text) => !applyHtml.includes(text))).toEqual([]);
    for (const path of [postingPath, "/"]) {
      const html = await htmlOf(path);
      expect(
        formTexts.filter((text) => html.includes(text)),
        path,
      ).toEqual([]);
    }
  });

  test("unprefixed pages are rendered from their /en route inside the server, behind TLS too", async ({ request }) => {
    // The e2e server listens on 127.0.0.1, as local mode and many deployments do. Next.js once
    // took the proxy's rewrite for an external address there and fetched it over HTTP from
    // itself (vercel/next.js#94745): twice the work, and behind a TLS proxy (X-Forwarded-Proto:
    // https) an EPROTO 500 on every English candidate page. Its redirects named localhost.
    for (const forwardedProto of [undefined, "https"]) {
      const headers = forwardedProto ? { "x-forwarded-proto": forwardedProto } : undefined;
      const rewrites: [path: string, renderedFrom: string][] = [
        [postingPath, `/en${postingPath}`],
        ["/", "/en/home/all"],
      ];
      for (const [path, renderedFrom] of rewrites) {
        const response = await request.get(path, { headers, maxRedirects: 0 });
        expect(response.status(), `${path} ${forwardedProto ?? "http"}`).toBe(200);
        expect(response.headers()["x-middleware-rewrite"], path).toBe(renderedFrom);
      }
      const german = await request.get(postingPath, {
        headers: { ...headers, "accept-language": "de-DE,de;q=0.9" },
        maxRedirects: 0,
      });
      expect(german.status()).toBe(307);
      expect(german.headers()["location"]).toBe(`/de${postingPath}`);
    }
  });
});

/** The form's longer English texts (apply and validation messages) that an HTML page writes as they are. */
async function applicationFormTexts(): Promise<string[]> {
  const { apply, validation } = await readMessages("en");
  const leaves = (tree: MessageTree | string | undefined): string[] =>
    typeof tree === "string" ? [tree] : Object.values(tree ?? {}).flatMap(leaves);
  return [...leaves(apply), ...leaves(validation)].filter((text) => text.length >= 30 && /^[\w ,.]+$/.test(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
