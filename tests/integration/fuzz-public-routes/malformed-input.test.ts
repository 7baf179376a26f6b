// The malformed inputs issue 12 (finding 11) found answered with a 5xx, each pinned: bad
// percent-encoding in a dynamic segment (a bare 500 from Next.js), and a NUL that reached
// Postgres from a slug, a board token, a reference or the careers search (500 on pages, 503
// "try again" on the API). The proxy answers a malformed path with 400; behind it, the routes
// themselves treat an identifier of the wrong shape as unknown, without a query.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { BAD_ESCAPES, PUBLIC_ROUTES } from "../../support/public-route-fuzz";
import { randomClientAddress, TEST_APP_ORIGIN } from "../../support/careers-apply";
import { APP_ROUTES } from "./app-routes";
import { createFuzzFixture, fuzzEnvironment, FUZZ_API_KEY, type FuzzFixture } from "./fixture";
import { inProcessApp } from "./in-process-app";
import { careersBody } from "./payloads";

await fuzzEnvironment();
const proxyModule = await import("@/proxy");
const serverErrors: unknown[] = [];
const app = inProcessApp(proxyModule, APP_ROUTES, (_target, error) => serverErrors.push(error));
let fixture: FuzzFixture;

beforeAll(async () => {
  fixture = await createFuzzFixture();
});

/** The route's pattern with every dynamic segment known-good except `name`, which is `raw`. */
function targetWith(pattern: string, name: string, raw: string): string {
  return pattern.replace(/:(\w+)/g, (_match, param: string) =>
    param === name ? raw : (fixture.known[param]?.[0] ?? "x"),
  );
}

const DYNAMIC_SEGMENTS = PUBLIC_ROUTES.flatMap((route) =>
  [...route.pattern.matchAll(/:(\w+)/g)].map(([, name]) => ({ route, name: name! })),
);
const headersFor = (method: string) =>
  method === "POST" ? { origin: TEST_APP_ORIGIN, "x-forwarded-for": randomClientAddress() } : undefined;

describe("a malformed path", () => {
  it.each(["%C0%AF", "%E0%A4%A", "%ff%fe"])(
    "with %s in any dynamic segment is a 400, before any route decodes it",
    async (escape) => {
      for (const { route, name } of DYNAMIC_SEGMENTS) {
        const target = targetWith(route.pattern, name, `a${escape}`);
        expect(
          await app.send(route.method, target, { headers: headersFor(route.method) }),
          `${route.method} ${target}`,
        ).toBe(400);
      }
    },
  );

  it.each(["%00", "abc%00", "%0a", "%7f"])(
    "with the control character %s in any dynamic segment is a 400",
    async (escape) => {
      for (const { route, name } of DYNAMIC_SEGMENTS) {
        const target = targetWith(route.pattern, name, escape);
        expect(
          await app.send(route.method, target, { headers: headersFor(route.method) }),
          `${route.method} ${target}`,
        ).toBe(400);
      }
    },
  );

  it("is refused by proxy.ts with a message: JSON on the API, text on pages", async () => {
    const api = await proxyModule.proxy(new NextRequest(`${TEST_APP_ORIGIN}/api/job-board/v1/boards/%ff%fe/jobs`));
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: expect.stringContaining("malformed"), code: "VALIDATION" });
    const page = await proxyModule.proxy(new NextRequest(`${TEST_APP_ORIGIN}/jobs/%00`));
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("malformed");
  });

  it("is a 400 with a NUL in the query, on pages public and staff", async () => {
    for (const target of [
      "/?q=%00",
      "/?department=x%00",
      `/jobs/${fixture.job.slug}?utm_source=%00`,
      "/hiring/applications?q=%00",
      "/hiring/audit?actor=a%00",
    ]) {
      expect(await app.send("GET", target), target).toBe(400);
    }
    expect(await app.send("GET", "/?q=%2500")).toBe(200);
  });

  it("reaches the proxy on /api only when it has a percent sign, so uploads to the API are not buffered by it", () => {
    const matchers = proxyModule.config.matcher.map((source) => new RegExp(`^${source}$`));
    const runsOn = (path: string) => matchers.some((matcher) => matcher.test(path));
    for (const path of ["/api/jobs/a%00/applications", "/api/job-board/v1/boards/%C0%AF/jobs", "/api/auth/%ff"])
      expect(runsOn(path), path).toBe(true);
    for (const path of ["/api/jobs/backend-engineer/applications", "/api/job-board/v1/boards/cloudflare/jobs/1"])
      expect(runsOn(path), path).toBe(false);
    for (const escape of BAD_ESCAPES) expect(runsOn(`/api/jobs/${escape}/applications`), escape).toBe(true);
  });
});

describe("an identifier with a NUL, past the proxy", () => {
  const route = (method: string, pattern: string) =>
    APP_ROUTES.find((candidate) => candidate.method === method && candidate.pattern === pattern)!;
  const invoke = async (
    method: string,
    pattern: string,
    params: Record<string, string>,
    search: Record<string, string | string[]> = {},
    init: RequestInit = {},
  ) => {
    const request = new NextRequest(`${TEST_APP_ORIGIN}/`, { method, ...init } as ConstructorParameters<
      typeof NextRequest
    >[1]);
    try {
      const result = await route(method, pattern).invoke(request, params, search);
      return result === "rendered" ? 200 : result.status;
    } catch (error) {
      if ((error as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404") return 404;
      throw error;
    }
  };
  const board = "/api/job-board/v1/boards/:boardToken";

  it("is an unknown board on every Job Board API endpoint, not a database error", async () => {
    const nul = { boardToken: "cloud\u0000flare", jobId: "1", departmentId: "1", officeId: "1" };
    for (const pattern of [
      board,
      `${board}/jobs`,
      `${board}/jobs/:jobId`,
      `${board}/departments`,
      `${board}/departments/:departmentId`,
      `${board}/offices`,
      `${board}/offices/:officeId`,
    ]) {
      expect(await invoke("GET", pattern, nul), pattern).toBe(404);
    }
    const auth = {
      headers: {
        authorization: `Basic ${Buffer.from(`${FUZZ_API_KEY}:`).toString("base64")}`,
        "x-forwarded-for": randomClientAddress(),
      },
    };
    expect(
      await invoke(
        "POST",
        `${board}/jobs/:jobId`,
        { ...nul, jobId: String(fixture.job.id) },
        {},
        { ...auth, body: "{}" },
      ),
    ).toBe(404);
  });

  it("is an unknown job on the posting, apply and confirmation pages and the apply endpoint", async () => {
    for (const slug of ["\u0000", `${fixture.job.slug}\u0000`]) {
      expect(await invoke("GET", "/:locale/jobs/:slug", { locale: "en", slug })).toBe(404);
      expect(await invoke("GET", "/:locale/jobs/:slug/apply", { locale: "en", slug })).toBe(404);
      expect(
        await invoke(
          "GET",
          "/:locale/jobs/:slug/apply/confirmation",
          { locale: "en", slug },
          { reference: fixture.reference },
        ),
      ).toBe(404);
      const { body } = careersBody(fixture.context, { kind: "fields", changes: [] });
      const init = { headers: { origin: TEST_APP_ORIGIN, "x-forwarded-for": randomClientAddress() }, body };
      expect(await invoke("POST", "/api/jobs/:slug/applications", { slug }, {}, init)).toBe(404);
    }
  });

  it("is an unknown reference on the confirmation page, as is a repeated one", async () => {
    const slug = fixture.job.slug;
    expect(
      await invoke(
        "GET",
        "/:locale/jobs/:slug/apply/confirmation",
        { locale: "en", slug },
        { reference: fixture.reference },
      ),
    ).toBe(200);
    expect(
      await invoke(
        "GET",
        "/:locale/jobs/:slug/apply/confirmation",
        { locale: "en", slug },
        { reference: `${fixture.reference}\u0000` },
      ),
    ).toBe(404);
    expect(
      await invoke(
        "GET",
        "/:locale/jobs/:slug/apply/confirmation",
        { locale: "en", slug },
        { reference: [fixture.reference, fixture.reference] },
      ),
    ).toBe(404);
  });

  it("is no search on the careers home: the full list", async () => {
    expect(
      await invoke(
        "GET",
        "/:locale",
        { locale: "en" },
        { q: "\u0000", department: "Engineering\u0000", location: "a\u0000" },
      ),
    ).toBe(200);
    expect(serverErrors).toEqual([]);
  });

  it("still leaves a valid application through", async () => {
    const { body } = careersBody(fixture.context, { kind: "fields", changes: [] });
    expect(
      await app.send("POST", `/api/jobs/${fixture.job.slug}/applications`, { headers: headersFor("POST"), body }),
    ).toBe(201);
  });
});
