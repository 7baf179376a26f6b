// Markup and javascript: URLs typed by candidates (every text field) and by staff (notes, tags,
// job titles and Markdown), rendered into the staff pages and the public posting as the signed-in
// staff member's browser would receive them: the payloads appear only as escaped text, and no
// attribute of ours runs script.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { createElement, isValidElement, type ReactNode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addNote } from "@/lib/candidates/add-note";
import { addTagToApplication } from "@/lib/candidates/tag-application";
import {
  actorFor,
  createApplication,
  createJob,
  createStaffSession,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  type CreatedJob,
} from "../../factories";
import { readMessages } from "@/i18n/read-messages";
import { isLocale } from "@/i18n/locales";
import { TEST_AUTH_SECRET } from "../../support/auth-core";
import { testDb } from "../../support/db";
import { XSS_PAYLOADS } from "./hostile-values";
import { nextRequest } from "../../support/next-request";

// Client components read the router; a static render has none.
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  useRouter: () => ({
    push: () => undefined,
    replace: () => undefined,
    refresh: () => undefined,
    prefetch: () => undefined,
    back: () => undefined,
  }),
  usePathname: () => "/hiring",
  useSearchParams: () => new URLSearchParams(),
}));

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-xss-"));

const [SCRIPT, IMG, JS_URL, SVG, ANCHOR] = XSS_PAYLOADS;
const MARKDOWN = [
  `Intro ${SCRIPT}`,
  `<img src=x onerror="window.__xss=7"> and <iframe src="javascript:alert(8)"></iframe>`,
  `[click me](${JS_URL}) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)`,
  `<a href="javascript:alert(10)">raw link</a> ${SVG}`,
].join("\n\n");

let job: CreatedJob;
let applicationId: string;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, {
    title: `Engineer ${SCRIPT}`,
    summary: `Summary ${IMG}`,
    questions: [...SAMPLE_QUESTIONS],
    sections: [{ heading: `Heading ${IMG}`, bodyMarkdown: MARKDOWN }],
  });
  const byType = (type: string) => job.questions.find((question) => question.type === type)!;
  const application = await createApplication(testDb, {
    jobId: job.id,
    candidate: {
      firstName: SCRIPT,
      lastName: IMG,
      preferredName: SVG,
      pronouns: ANCHOR,
      location: IMG,
      phone: `+1 ${SCRIPT}`,
      email: `x${IMG}@example.com`,
      linkedinUrl: JS_URL,
      githubUrl: "JaVaScRiPt:alert(11)",
      websiteUrl: `https://example.com/"${IMG}`,
    },
    answers: {
      [byType("SHORT_TEXT").id]: SCRIPT,
      [byType("LONG_TEXT").id]: `${IMG}\n${ANCHOR}`,
      [byType("URL").id]: " javascript:alert(12)",
      [byType("SINGLE_SELECT").id]: byType("SINGLE_SELECT").options[0]!.id,
      [byType("YES_NO").id]: "YES",
    },
    workAuthorization: true,
    exportControl: true,
    accommodation: { kinds: ["OTHER"], details: `${SCRIPT} ${IMG}`, preferredContact: "EMAIL", panelArrangement: IMG },
    overrides: { coverLetterText: `${SCRIPT}\n${ANCHOR}` },
  });
  applicationId = application.id;
  const admin = await createStaffUser(testDb, { role: "ADMIN", name: `Admin ${IMG}` });
  await addNote({ actor: actorFor(admin), applicationId, body: `Note ${SCRIPT} ${IMG} [x](${JS_URL}) ${JS_URL}` });
  await addTagToApplication({ actor: actorFor(admin), applicationId, name: `tag ${IMG}`.slice(0, 40) });
  nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, admin.id)).sessionToken}`;
});

/** Renders a page as Next would, to the HTML the browser gets (async server components too). */
async function renderPage(
  load: () => Promise<{ default: (props: never) => unknown }>,
  params: Record<string, string> = {},
  searchParams: Record<string, string> = {},
): Promise<string> {
  const page = (await load()).default as (props: object) => Promise<ReactNode>;
  const element = await page({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
  expect(isValidElement(element) || Array.isArray(element) || element !== null).toBe(true);
  // In Next, a candidate page's server components read their messages through i18n/request.ts; here a provider stands in.
  const locale = isLocale(params.locale) ? params.locale : undefined;
  const messages = locale ? await readMessages(locale) : undefined;
  const tree = locale
    ? // eslint-disable-next-line react/no-children-prop -- a .ts file: no JSX to nest it in
      createElement(NextIntlClientProvider, { locale, messages, timeZone: "UTC", children: element as ReactNode })
    : element;
  const { prelude } = await prerenderToNodeStream(tree as ReactNode);
  let html = "";
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

// React's own placeholder on a form whose action is a server action (never user data).
const REACT_FORM_ACTION = "javascript:throw new Error('React form unexpectedly submitted.')";
// eslint-disable-next-line no-control-regex -- browsers skip leading control characters in URLs
const DANGEROUS_URL = /^[\s\u0000-\u001f]*(javascript|data|vbscript):/i;

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, "&");

/** Every start tag of the HTML with its attributes (values unescaped). */
function startTags(html: string): { tag: string; attributes: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)].map(
    (match) => ({
      tag: match[1]!.toLowerCase(),
      attributes: [...match[2]!.matchAll(/\s+([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)].map((attribute) => [
        attribute[1]!.toLowerCase(),
        unescapeAttribute((attribute[2] ?? "").replace(/^["']|["']$/g, "")),
      ]),
    }),
  );
}

/** No payload reaches the page as markup, and no URL of ours runs script. */
function expectInert(html: string, label: string) {
  const tags = startTags(html);
  expect(tags.length, label).toBeGreaterThan(20);
  for (const { tag, attributes } of tags) {
    expect(["iframe", "object", "embed", "base"], `${label}: <${tag}>`).not.toContain(tag);
    for (const [name, value] of attributes) {
      expect(name.startsWith("on"), `${label}: <${tag} ${name}>`).toBe(false);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(name) && value !== REACT_FORM_ACTION) {
        expect(DANGEROUS_URL.test(value), `${label}: <${tag} ${name}="${value}">`).toBe(false);
      }
    }
  }
  // Scripts: only React's own; no payload ever lands inside one.
  for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // JSON-LD is data, not code: payloads may be in it, but never a "<" that could close the element.
    if (/type="application\/ld\+json"/.test(script[1]!)) expect(script[2], `${label}: JSON-LD`).not.toContain("<");
    else expect(script[2], label).not.toMatch(/__xss|alert\(/);
  }
  expect(html, label).not.toContain("React has blocked a javascript: URL");
}

describe("hostile text rendered into pages", () => {
  it("the candidate profile shows every candidate and staff text escaped, links only when safe", async () => {
    const html = await renderPage(() => import("@/app/(hiring)/hiring/applications/[applicationId]/page"), {
      applicationId,
    });
    expectInert(html, "profile");
    // Rendered (as text), so the checks above looked at them.
    expect(html).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=");
    expect(html).toContain("Note &lt;script&gt;");
    expect(html).toContain("tag &quot;&gt;&lt;img");
    // The javascript: links are shown as text, not as links.
    expect(html).toContain("javascript:window.__xss=3");
  });

  it("the applications tables, the board and the job list keep it escaped", async () => {
    const pages = {
      applications: await renderPage(() => import("@/app/(hiring)/hiring/applications/page")),
      jobApplications: await renderPage(() => import("@/app/(hiring)/hiring/jobs/[jobId]/applications/page"), {
        jobId: String(job.id),
      }),
      board: await renderPage(() => import("@/app/(hiring)/hiring/jobs/[jobId]/board/page"), { jobId: String(job.id) }),
      jobs: await renderPage(() => import("@/app/(hiring)/hiring/jobs/page")),
      editJob: await renderPage(() => import("@/app/(hiring)/hiring/jobs/[jobId]/edit/page"), {
        jobId: String(job.id),
      }),
    };
    for (const [name, html] of Object.entries(pages)) expectInert(html, name);
    expect(pages.jobApplications).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
    expect(pages.board).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
    // The editor's preview renders the Markdown as the posting will (its inputs fill in the browser).
    expect(pages.editJob).toContain("Heading &quot;&gt;&lt;img src=x onerror=");
    expect(pages.editJob).toContain("click me");
  });

  it("the public posting renders the job's Markdown without scripts, handlers or javascript: links", async () => {
    const html = await renderPage(() => import("@/app/(careers)/[locale]/jobs/[slug]/page"), {
      locale: "de",
      slug: job.slug,
    });
    expectInert(html, "posting");
    expect(html).toContain("Intro");
    expect(html).toContain("click me");
    expect(html).not.toMatch(/<iframe/i);
  });
});
