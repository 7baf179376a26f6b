import { describe, expect, it, vi } from "vitest";
import { createNonce, isCachedPage, requestSecurityHeaders } from "./security-headers";

const LOCAL = { NODE_ENV: "production", APP_URL: "http://localhost:3000", AUTH_OIDC_ISSUER: undefined } as const;
const DEPLOYED = { ...LOCAL, APP_URL: "https://careers.example.com" } as const;

const directives = (policy = "") =>
  Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));

describe("requestSecurityHeaders", () => {
  it("gives a page rendered per request a policy whose scripts need this response's nonce", () => {
    const { requestPolicy, responseHeaders } = requestSecurityHeaders("/hiring/jobs", LOCAL, "bm9uY2U=");
    expect(requestPolicy).toBe(responseHeaders["Content-Security-Policy"]);
    expect(requestSecurityHeaders("/", LOCAL, "bm9uY2U=").nonce).toBe("bm9uY2U=");
    const policy = directives(requestPolicy);
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
    expect(policy["frame-src"]).toEqual(["'self'"]);
    expect(requestPolicy).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    expect(responseHeaders["Strict-Transport-Security"]).toBeUndefined();
  });

  it("leaves a cached page's policy to its cache entry (the hashes of its inline scripts), and never allows inline scripts", () => {
    const { requestPolicy, nonce, responseHeaders } = requestSecurityHeaders(
      "/jobs/backend-engineer",
      LOCAL,
      "bm9uY2U=",
    );
    // A nonce would be rendered into the cached HTML, the same for everyone; a second policy from
    // the proxy would be enforced beside the entry's and refuse its scripts.
    expect(requestPolicy).toBeUndefined();
    expect(nonce).toBeUndefined();
    expect(responseHeaders["Content-Security-Policy"]).toBeUndefined();
    expect(requestSecurityHeaders("/home/all", DEPLOYED).responseHeaders).toEqual({
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
    expect(requestSecurityHeaders("/bench-baseline", LOCAL).requestPolicy).toBeUndefined();
    // The apply form and its confirmation are rendered per request: strict.
    expect(requestSecurityHeaders("/jobs/backend-engineer/apply", LOCAL).requestPolicy).toMatch(/'nonce-/);
    // `next dev` renders cached pages per request too: a nonce, as everywhere else.
    expect(
      requestSecurityHeaders("/jobs/backend-engineer", { ...LOCAL, NODE_ENV: "development" }).requestPolicy,
    ).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    for (const path of [
      "/",
      "/jobs/x",
      "/jobs/x/apply",
      "/home/all",
      "/hiring/jobs",
      "/applications/status/t",
      "/nowhere",
    ]) {
      for (const env of [LOCAL, DEPLOYED, { ...LOCAL, NODE_ENV: "development" } as const]) {
        expect(
          directives(requestSecurityHeaders(path, env).responseHeaders["Content-Security-Policy"] ?? "script-src")[
            "script-src"
          ],
          path,
        ).not.toContain("'unsafe-inline'");
      }
    }
  });

  it("leaves the document route its own policy (the profile frames resumes)", () => {
    expect(requestSecurityHeaders("/hiring/applications/a1/documents/f1", LOCAL)).toEqual({ responseHeaders: {} });
  });

  it("adds HSTS and upgrade-insecure-requests on an https deployment, eval only on a development server", () => {
    const deployed = requestSecurityHeaders("/", DEPLOYED);
    expect(deployed.responseHeaders["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(deployed.requestPolicy).toContain("upgrade-insecure-requests");
    expect(
      requestSecurityHeaders("/hiring/applications/a1/documents/f1", DEPLOYED).responseHeaders[
        "Strict-Transport-Security"
      ],
    ).toBeDefined();
    expect(
      requestSecurityHeaders("/", { ...DEPLOYED, NODE_ENV: "development" }).responseHeaders[
        "Strict-Transport-Security"
      ],
    ).toBeUndefined();
    expect(
      directives(requestSecurityHeaders("/", { ...LOCAL, NODE_ENV: "development" }).requestPolicy)["script-src"],
    ).toContain("'unsafe-eval'");
  });

  it("lets the sign-in form go to the single sign-on issuer when there is one", () => {
    const policy = requestSecurityHeaders("/hiring/sign-in", {
      ...DEPLOYED,
      AUTH_OIDC_ISSUER: "https://idp.example.com/realms/staff",
    }).requestPolicy;
    expect(directives(policy)["form-action"]).toEqual(["'self'", "https://idp.example.com"]);
  });
});

describe("createNonce", () => {
  it("is 128 random bits, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("isCachedPage", () => {
  it("is only a posting's own page and the cached careers home (`/` is decided by proxy.ts's rewrite)", () => {
    expect(isCachedPage("/jobs/a-b-c")).toBe(true);
    expect(isCachedPage("/jobs/a-b-c/")).toBe(true);
    expect(isCachedPage("/home/all")).toBe(true);
    for (const path of [
      "/",
      "/home",
      "/jobs",
      "/jobs/",
      "/jobs/x/apply",
      "/jobs/x/apply/confirmation",
      "/hiring/jobs/1",
      "/applications/status/t",
    ])
      expect(isCachedPage(path), path).toBe(false);
  });
});

describe("the nonce", () => {
  it("is drawn only for a page whose policy carries it, not for every cached page the proxy sees", () => {
    const draw = vi.spyOn(crypto, "getRandomValues");
    try {
      requestSecurityHeaders("/bench-baseline", LOCAL);
      requestSecurityHeaders("/jobs/backend-engineer", DEPLOYED);
      requestSecurityHeaders("/hiring/applications/a1/documents/f1", LOCAL);
      expect(draw).not.toHaveBeenCalled();
      requestSecurityHeaders("/jobs/backend-engineer/apply", LOCAL);
      expect(draw).toHaveBeenCalledTimes(1);
    } finally {
      draw.mockRestore();
    }
  });
});
