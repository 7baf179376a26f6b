// The security headers as the running app sends them: the proxy's per-request policy, the cached
// pages' policy the cache handler keeps with their HTML, and the fixed headers of next.config.js;
// and Auth.js's cookies, through the app's own route handlers, on an https deployment.
import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { createStaffUser } from "../factories";
import { testDb } from "../support/db";

// Read once per process (lib/env.ts): an https deployment, captured email (no SMTP_URL).
const APP = "https://careers.example.test";
process.env.APP_URL = APP;
process.env.AUTH_SECRET = "security-headers-test-secret-0123456789abcdef";
delete process.env.SMTP_URL;
// The cache handler alone, without telling other instances through Postgres.
process.env.REVALIDATION_SYNC = "0";

const { proxy, config: proxyConfig } = await import("@/proxy");
const authRoute = await import("@/app/api/auth/[...nextauth]/route");
// @ts-expect-error -- next.config.js is plain JavaScript, without type declarations
const nextConfig = (await import("@/next.config.js")).default as {
  headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
};
type CachedValue = { kind: string; html: string; headers: Record<string, string> };
type CacheHandlerInstance = {
  set(key: string, data: CachedValue, context: object): Promise<void>;
  get(key: string, context: object): Promise<{ value: CachedValue }>;
};
// @ts-expect-error -- the cache handler is plain JavaScript (Next.js loads it untranspiled), without type declarations
const CacheHandler = (await import("@/lib/cache/revalidation-sync-cache-handler.js")).default as new (
  context: object,
) => CacheHandlerInstance;

/** What NextResponse.next({ request: { headers } }) tells Next.js to forward. */
const forwardedHeader = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

describe("proxy.ts", () => {
  it("gives each page request its own nonce, in the response's policy and in the request Next.js renders", () => {
    const first = proxy(new NextRequest(`${APP}/jobs/backend-engineer/apply`));
    const second = proxy(new NextRequest(`${APP}/jobs/backend-engineer/apply`));
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(forwardedHeader(first, "content-security-policy")).toBe(policy);
    expect(forwardedHeader(first, "x-nonce")).toBe(nonce);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("keeps sending a signed-out browser from a staff page to sign-in, with the headers", () => {
    const response = proxy(new NextRequest(`${APP}/hiring/applications?q=x`));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`${APP}/hiring/sign-in?callbackUrl=%2Fhiring%2Fapplications%3Fq%3Dx`);
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });

  it("passes the current path to staff pages of a browser with a session cookie", () => {
    const response = proxy(
      new NextRequest(`${APP}/hiring/jobs?page=2`, { headers: { cookie: "__Secure-authjs.session-token=abc" } }),
    );
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(forwardedHeader(response, "x-trellis-path")).toBe("/hiring/jobs?page=2");
  });

  it("leaves a cached posting's policy to its cache entry (no nonce, no second policy), and resumes their own", () => {
    const posting = proxy(new NextRequest(`${APP}/jobs/backend-engineer`));
    expect(posting.headers.get("content-security-policy")).toBeNull();
    expect(forwardedHeader(posting, "content-security-policy")).toBeNull();
    expect(forwardedHeader(posting, "x-nonce")).toBeNull();
    // Nothing added to its request, so no copy of every request header either (decision 0052).
    expect(posting.headers.get("x-middleware-override-headers")).toBeNull();
    const resume = proxy(
      new NextRequest(`${APP}/hiring/applications/a1/documents/f1?inline=1`, {
        headers: { cookie: "__Secure-authjs.session-token=abc" },
      }),
    );
    expect(resume.headers.get("content-security-policy")).toBeNull();
  });

  it("serves the careers home without a search from its cached page, and a search per request with a nonce", () => {
    for (const url of [`${APP}/`, `${APP}/?utm_source=linkedin`, `${APP}/?q=&department=&location=&remote=`]) {
      const home = proxy(new NextRequest(url));
      // The English rendering (docs/decisions/0041): the cached home of each language is its own page.
      expect(home.headers.get("x-middleware-rewrite"), url).toBe(`${APP}/en/home/all${new URL(url).search}`);
      expect(home.headers.get("content-security-policy")).toBeNull();
      expect(forwardedHeader(home, "content-security-policy")).toBeNull();
    }
    const search = proxy(new NextRequest(`${APP}/?q=engineer&remote=hybrid`));
    expect(search.headers.get("x-middleware-rewrite")).toBe(`${APP}/en?q=engineer&remote=hybrid`);
    expect(search.headers.get("content-security-policy")).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    expect(forwardedHeader(search, "x-nonce")).toBeTruthy();
  });

  it("never sends a policy that lets inline scripts run as such, on any page", () => {
    for (const path of [
      "/",
      "/?q=x",
      "/jobs/x",
      "/jobs/x/apply",
      "/home/all",
      "/bench-baseline",
      "/hiring",
      "/hiring/sign-in",
      "/applications/status/t",
      "/dev/mailbox",
      "/nowhere",
    ]) {
      const policy =
        proxy(
          new NextRequest(`${APP}${path}`, { headers: { cookie: "__Secure-authjs.session-token=abc" } }),
        ).headers.get("content-security-policy") ?? "";
      expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });

  it("runs on pages and staff routes, not on /api or static files", () => {
    const matcher = new RegExp(`^${proxyConfig.matcher[0]!}$`);
    for (const path of [
      "/",
      "/jobs/x",
      "/jobs/x/apply",
      "/hiring",
      "/hiring/jobs",
      "/applications/status/t",
      "/dev/mailbox",
    ])
      expect(matcher.test(path), path).toBe(true);
    for (const path of [
      "/api/jobs/x/applications",
      "/api/auth/session",
      "/_next/static/chunks/a.js",
      "/favicon.ico",
      "/robots.txt",
      "/sitemap.xml",
    ])
      expect(matcher.test(path), path).toBe(false);
  });
});

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the cache handler", () => {
  const context = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
  const handler = () =>
    new CacheHandler({
      fs: undefined,
      flushToDisk: false,
      serverDistDir: "/nonexistent",
      revalidatedTags: [],
      maxMemoryCacheSize: 10 * 2 ** 20,
    });
  const page = (payload: string) => ({
    kind: "APP_PAGE",
    html: `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main>Jobs</main><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,${JSON.stringify(payload)}])</script><script type="application/ld+json">{}</script></body></html>`,
    rscData: Buffer.from(""),
    headers: {} as Record<string, string>,
    status: 200,
    postponed: undefined,
    segmentData: undefined,
  });

  it("gives a cached page the hashes of exactly its inline scripts: on the entry it stores (the response that rendered it) and on every read", async () => {
    const entry = page("0:jobs v1");
    await handler().set("/home/all", entry, {
      cacheControl: { revalidate: 300, expire: undefined },
      isRoutePPREnabled: false,
      isFallback: false,
    });
    const policy = entry.headers["content-security-policy"]!;
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).toBe(
      `script-src 'self' ${sha256("(self.__next_f=self.__next_f||[]).push([0])")} ${sha256('self.__next_f.push([1,"0:jobs v1"])')}`,
    );
    expect(policy).toContain("frame-ancestors 'none'");
    // APP_URL is https in this file.
    expect(policy).toContain("upgrade-insecure-requests");
    const read = await handler().get("/home/all", context);
    expect(read.value.headers["content-security-policy"]).toBe(policy);

    // Revalidated: new HTML, new hashes.
    const next = page("0:jobs v2");
    await handler().set("/home/all", next, {
      cacheControl: { revalidate: 300, expire: undefined },
      isRoutePPREnabled: false,
      isFallback: false,
    });
    expect((await handler().get("/home/all", context)).value.headers["content-security-policy"]).toContain(
      sha256('self.__next_f.push([1,"0:jobs v2"])'),
    );
    expect(next.headers["content-security-policy"]).not.toContain(sha256('self.__next_f.push([1,"0:jobs v1"])'));
  });

  it("puts the policy on an entry that was stored without one (a build's prerendered page, or one from before)", async () => {
    const entry = page("0:prerendered");
    await handler().set("/bench-baseline", entry, {
      cacheControl: { revalidate: false, expire: undefined },
      isRoutePPREnabled: false,
      isFallback: false,
    });
    delete entry.headers["content-security-policy"];
    const read = await handler().get("/bench-baseline", context);
    expect(read.value.headers["content-security-policy"]).toContain(sha256('self.__next_f.push([1,"0:prerendered"])'));
  });
});

describe("next.config.js", () => {
  it("gives every API response a policy under which nothing loads, runs or is framed", async () => {
    const rules = await nextConfig.headers();
    const api = rules.find((rule) => rule.source === "/api/:path*");
    expect(api?.headers).toEqual([
      { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
    ]);
  });

  it("sends the fixed security headers with every response", async () => {
    const rules = await nextConfig.headers();
    const all = rules.find((rule) => rule.source === "/:path*");
    expect(Object.fromEntries((all?.headers ?? []).map(({ key, value }) => [key, value]))).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "SAMEORIGIN",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
  });
});

/** The attributes of one Set-Cookie header line, by lower-case name ("httponly": true). */
function cookie(response: Response, name: string) {
  const line = response.headers.getSetCookie().find((entry) => entry.startsWith(`${name}=`));
  if (!line) return null;
  const [pair, ...attributes] = line.split(/;\s*/);
  return {
    value: pair!.slice(name.length + 1),
    ...Object.fromEntries(
      attributes.map((attribute) => [
        attribute.split("=")[0]!.toLowerCase(),
        attribute.includes("=") ? attribute.split("=")[1]! : true,
      ]),
    ),
  } as Record<string, string | true>;
}

describe("Auth.js cookies through the app's route handlers", () => {
  it("are __Secure-/__Host- prefixed, Secure, HttpOnly and SameSite=Lax on https, through the whole magic-link flow", async () => {
    const user = await createStaffUser(testDb, { role: "RECRUITER" });
    const csrfResponse = await authRoute.GET(new NextRequest(`${APP}/api/auth/csrf`));
    const csrf = cookie(csrfResponse, "__Host-authjs.csrf-token");
    expect(csrf).toMatchObject({ httponly: true, secure: true, samesite: "Lax", path: "/" });
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

    const requested = await authRoute.POST(
      new NextRequest(`${APP}/api/auth/signin/email`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie: `__Host-authjs.csrf-token=${csrf!.value}`,
          "x-forwarded-for": "198.18.200.1",
        },
        body: new URLSearchParams({ csrfToken, email: user.email, callbackUrl: `${APP}/hiring/jobs` }),
      }),
    );
    expect(requested.status).toBe(302);
    expect(requested.headers.get("location")).toContain("/api/auth/verify-request");

    const mail = await testDb.emailOutbox.findFirstOrThrow({
      where: { toAddress: user.email, template: "staff-sign-in" },
      select: { textBody: true },
    });
    const link = /https:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.textBody)?.[0];
    expect(link?.startsWith(`${APP}/api/auth/callback/email?`)).toBe(true);

    const signedIn = await authRoute.GET(new NextRequest(link!));
    expect(signedIn.status).toBe(302);
    const session = cookie(signedIn, "__Secure-authjs.session-token");
    expect(session).toMatchObject({ httponly: true, secure: true, samesite: "Lax", path: "/" });
    expect(await testDb.session.count({ where: { userId: user.id, sessionToken: String(session!.value) } })).toBe(1);
    // No cookie of Auth.js's is readable from scripts, and none leaves https.
    for (const line of signedIn.headers.getSetCookie()) expect(line).toMatch(/; HttpOnly/i);
    for (const line of signedIn.headers.getSetCookie()) expect(line).toMatch(/; Secure/i);
  });

  it("refuses a sign-in POST without Auth.js's CSRF token (its own CSRF check, not ours)", async () => {
    const user = await createStaffUser(testDb, { role: "RECRUITER" });
    const forged = await authRoute.POST(
      new NextRequest(`${APP}/api/auth/signin/email`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: "https://evil.example",
          "x-forwarded-for": "198.18.200.2",
        },
        body: new URLSearchParams({ email: user.email }),
      }),
    );
    expect(forged.headers.get("location") ?? "").not.toContain("verify-request");
    expect(await testDb.emailOutbox.count({ where: { toAddress: user.email } })).toBe(0);
  });
});
