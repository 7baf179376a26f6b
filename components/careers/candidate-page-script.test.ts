import { describe, expect, it } from "vitest";
import { candidatePageScript, candidatePageScriptSrc } from "./candidate-page-script";

/** A stand-in for a static careers page: its apply links (a posting has two), the address, the referrer, the storage. */
function careersPage({ search, referrer, applyLinks }: { search: string; referrer: string; applyLinks: number }) {
  const stored = new Map<string, string>();
  const links = Array.from({ length: applyLinks }, () => {
    const href = "/jobs/x/apply";
    return { href, getAttribute: (name: string) => (name === "href" ? href : null) };
  });
  const window = {
    location: { search, host: "careers.example.com" },
    sessionStorage: { setItem: (key: string, value: string) => stored.set(key, value) },
  };
  const document = {
    referrer,
    querySelectorAll: (selector: string) => (selector === "a[data-apply-link]" ? links : []),
  };
  return { links, stored, window, document };
}

/** Runs the script's text as the browser would: with nothing in scope but the page's globals. */
function run(page: ReturnType<typeof careersPage>) {
  new Function("window", "document", "URL", "URLSearchParams", candidatePageScript())(
    page.window,
    page.document,
    URL,
    URLSearchParams,
  );
}

describe("candidatePageScript", () => {
  it("carries the address's tracking parameters, and nothing else, to every apply link", () => {
    const page = careersPage({ search: "?utm_source=li&agency=Acme&session=secret", referrer: "", applyLinks: 2 });
    run(page);
    expect(page.links.map((link) => link.href)).toEqual([
      "/jobs/x/apply?utm_source=li&agency=Acme",
      "/jobs/x/apply?utm_source=li&agency=Acme",
    ]);
    expect(page.stored.size).toBe(0);
  });

  it("remembers another site the candidate came from, and not this site", () => {
    const elsewhere = careersPage({ search: "", referrer: "https://news.example.org/post/1", applyLinks: 0 });
    run(elsewhere);
    expect([...elsewhere.stored]).toEqual([["trellis:landing-referrer", "news.example.org"]]);

    const here = careersPage({ search: "", referrer: "https://careers.example.com/", applyLinks: 1 });
    run(here);
    expect(here.links[0]?.href).toBe("/jobs/x/apply");
    expect(here.stored.size).toBe(0);
  });
});

describe("candidatePageScriptSrc", () => {
  it("names the script by its text, so a cache cannot give a page another build's script", () => {
    expect(candidatePageScriptSrc()).toMatch(/^\/candidate-page\.js\?v=[0-9a-f]{12}$/);
  });
});
