import { describe, expect, it } from "vitest";
import { applyLinksScript, applyLinksScriptSrc } from "./apply-links-script";

/** A stand-in for the posting page: the two apply links, the address, the referrer, the storage. */
function postingPage({ search, referrer }: { search: string; referrer: string }) {
  const stored = new Map<string, string>();
  const links = ["/jobs/x/apply", "/jobs/x/apply"].map((href) => {
    const clicks: (() => void)[] = [];
    return {
      href,
      clicks,
      getAttribute: (name: string) => (name === "href" ? href : null),
      addEventListener: (type: string, listener: () => void) => type === "click" && clicks.push(listener),
    };
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
function run(page: ReturnType<typeof postingPage>) {
  new Function("window", "document", "URL", "URLSearchParams", applyLinksScript())(
    page.window,
    page.document,
    URL,
    URLSearchParams,
  );
}

describe("applyLinksScript", () => {
  it("carries the posting link's tracking parameters, and nothing else, to every apply link", () => {
    const page = postingPage({ search: "?utm_source=li&agency=Acme&session=secret", referrer: "" });
    run(page);
    expect(page.links.map((link) => link.href)).toEqual([
      "/jobs/x/apply?utm_source=li&agency=Acme",
      "/jobs/x/apply?utm_source=li&agency=Acme",
    ]);
  });

  it("remembers another site the candidate came from when they go to apply, and not this site", () => {
    const elsewhere = postingPage({ search: "", referrer: "https://news.example.org/post/1" });
    run(elsewhere);
    expect(elsewhere.links[0]?.href).toBe("/jobs/x/apply");
    expect(elsewhere.stored.size).toBe(0);
    elsewhere.links[0]?.clicks.forEach((click) => click());
    expect([...elsewhere.stored]).toEqual([["trellis:landing-referrer", "news.example.org"]]);

    const here = postingPage({ search: "", referrer: "https://careers.example.com/" });
    run(here);
    here.links[1]?.clicks.forEach((click) => click());
    expect(here.stored.size).toBe(0);
  });
});

describe("applyLinksScriptSrc", () => {
  it("names the script by its text, so a cache cannot give a page another build's script", () => {
    expect(applyLinksScriptSrc()).toMatch(/^\/apply-links\.js\?v=[0-9a-f]{12}$/);
  });
});
