import { describe, expect, it } from "vitest";
import { localeRoute, type LocaleRequest } from "@/i18n/locale-route";

const request = (url: string, overrides: Partial<LocaleRequest> = {}) => {
  const parsed = new URL(url, "http://localhost");
  return localeRoute({
    method: "GET",
    pathname: parsed.pathname,
    searchParams: parsed.searchParams,
    cookie: undefined,
    acceptLanguage: null,
    ...overrides,
  });
};

describe("localeRoute", () => {
  it("serves English at today's addresses from the /en routes", () => {
    expect(request("/jobs/x")).toEqual({ kind: "render", locale: "en", renderPath: "/en/jobs/x", pagePath: "/jobs/x" });
    expect(request("/jobs/x?utm_source=board")).toMatchObject({ renderPath: "/en/jobs/x" });
    expect(request("/jobs/x/apply/confirmation?reference=R")).toMatchObject({
      renderPath: "/en/jobs/x/apply/confirmation",
    });
    // The careers home: cached without a search, per request with one (docs/decisions/0022).
    expect(request("/")).toMatchObject({ renderPath: "/en/home/all", pagePath: "/home/all" });
    expect(request("/?q=engineer")).toMatchObject({ renderPath: "/en", pagePath: "/" });
  });

  it("sends a first visit whose browser prefers German to the German address", () => {
    const german = { acceptLanguage: "de-DE,de;q=0.9,en;q=0.5" };
    expect(request("/jobs/x", german)).toEqual({ kind: "redirect", location: "/de/jobs/x" });
    expect(request("/", german)).toEqual({ kind: "redirect", location: "/de" });
    expect(request("/jobs/x?utm_source=board", german)).toEqual({
      kind: "redirect",
      location: "/de/jobs/x?utm_source=board",
    });
    // A form post is answered where it was sent.
    expect(request("/jobs/x", { ...german, method: "POST" })).toMatchObject({ kind: "render", locale: "en" });
  });

  it("lets the cookie win over the browser's languages", () => {
    expect(request("/jobs/x", { cookie: "en", acceptLanguage: "de" })).toMatchObject({ kind: "render", locale: "en" });
    expect(request("/jobs/x", { cookie: "de" })).toEqual({ kind: "redirect", location: "/de/jobs/x" });
    // An unknown cookie value counts as none.
    expect(request("/jobs/x", { cookie: "xx", acceptLanguage: "de" })).toMatchObject({ kind: "redirect" });
  });

  it("serves prefixed addresses as they are, also the /en routes the proxy rewrites to", () => {
    expect(request("/de/jobs/x", { cookie: "en" })).toEqual({
      kind: "render",
      locale: "de",
      renderPath: "/de/jobs/x",
      pagePath: "/jobs/x",
    });
    expect(request("/de")).toMatchObject({ renderPath: "/de/home/all", pagePath: "/home/all" });
    expect(request("/de?department=Engineering")).toMatchObject({ renderPath: "/de", pagePath: "/" });
    // A rewrite Next.js sends through the proxy again stays where it is.
    expect(request("/en/jobs/x", { cookie: "de" })).toMatchObject({ kind: "render", renderPath: "/en/jobs/x" });
    expect(request("/en/home/all", { acceptLanguage: "de" })).toMatchObject({ renderPath: "/en/home/all" });
    expect(request("/en", { acceptLanguage: "de" })).toMatchObject({ renderPath: "/en/home/all" });
  });

  it("remembers the switcher's choice (?lang=) and redirects to the clean address", () => {
    expect(request("/jobs/x?lang=en", { cookie: "de" })).toEqual({
      kind: "redirect",
      location: "/jobs/x",
      rememberLocale: "en",
    });
    expect(request("/de/jobs/x/apply/confirmation?reference=R1&lang=de")).toEqual({
      kind: "redirect",
      location: "/de/jobs/x/apply/confirmation?reference=R1",
      rememberLocale: "de",
    });
    expect(request("/?q=data&lang=de", { cookie: "de" })).toEqual({
      kind: "redirect",
      location: "/de?q=data",
      rememberLocale: undefined,
    });
    // An unknown language is no choice.
    expect(request("/jobs/x?lang=fr")).toMatchObject({ kind: "render", locale: "en" });
  });

  it("leaves the status links, feeds, staff pages and other paths alone", () => {
    const paths = ["/applications/status/abc", "/feeds/indeed.xml", "/hiring", "/hiring/jobs", "/robots.txt"];
    for (const path of [...paths, "/de/hiring", "/en/applications/status", "/jobsx", "/deutsch", "/hiring?lang=de"])
      expect(request(path, { cookie: "de", acceptLanguage: "de" }), path).toEqual({ kind: "other" });
  });
});
