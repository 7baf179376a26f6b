import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./content-security-policy.js";
import { STATIC_PAGE_FILES, isStaticPage, withoutNextRuntime } from "./static-pages.js";

// The shape of the HTML Next.js renders for a posting: a stylesheet, a preloaded chunk, its
// external chunks, bootstrap and React's payload, the JSON-LD data block and the page's own script.
const JSON_LD = '<script type="application/ld+json">{"@type":"JobPosting","description":"<p>C++<\\/p>"}</script>';
const OWN_SCRIPT = '<script src="/candidate-page.js?v=0123456789ab" defer=""></script>';
const HTML = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  // Behind an assetPrefix (a CDN), the chunks are on another host.
  '<script src="https://cdn.example.com/_next/static/chunks/app.js" async=""></script>',
  '<link rel="canonical" href="https://careers.example.com/jobs/x"/></head>',
  '<body><main><h1>Engineer</h1><a href="/jobs/x/apply" data-apply-link="">Apply</a></main>',
  JSON_LD,
  OWN_SCRIPT,
  '<script id="_R_">requestAnimationFrame(function(){$RT=performance.now()});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"0:{\\"b\\":\\"build\\"}\\n"])</script>',
  "</body></html>",
].join("");

describe("withoutNextRuntime", () => {
  it("takes out Next.js's scripts and their preloads, and keeps the page, its data blocks and its own scripts", () => {
    expect(withoutNextRuntime(HTML)).toBe(
      [
        '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
        '<link rel="canonical" href="https://careers.example.com/jobs/x"/></head>',
        '<body><main><h1>Engineer</h1><a href="/jobs/x/apply" data-apply-link="">Apply</a></main>',
        JSON_LD,
        OWN_SCRIPT,
        "</body></html>",
      ].join(""),
    );
  });

  it("leaves a cached page nothing inline to run, so its policy allows no inline script", () => {
    expect(inlineScriptHashes(HTML)).toHaveLength(3);
    expect(inlineScriptHashes(withoutNextRuntime(HTML))).toEqual([]);
  });

  it("changes nothing in HTML without Next.js's runtime", () => {
    const plain = `<p>No scripts</p>${JSON_LD}`;
    expect(withoutNextRuntime(plain)).toBe(plain);
  });
});

describe("isStaticPage", () => {
  const tagged = (...pages: string[]) => ({
    headers: { "x-next-cache-tags": ["_N_T_/layout", ...pages.map((page) => `_N_T_${page}`), "_N_T_/en/x"].join(",") },
  });

  it("knows the postings and the careers home by the page file Next.js tags their renderings with", () => {
    expect(isStaticPage(tagged("/(careers)/[locale]/jobs/[slug]/page"))).toBe(true);
    expect(isStaticPage(tagged("/(careers)/[locale]/home/[view]/page"))).toBe(true);
    expect(isStaticPage(tagged("/(careers)/[locale]/jobs/[slug]/apply/page"))).toBe(false);
    expect(isStaticPage(tagged("/bench-baseline/page"))).toBe(false);
    expect(isStaticPage({})).toBe(false);
  });

  it("names page files that exist", () => {
    for (const page of STATIC_PAGE_FILES) expect(existsSync(path.join("app", `${page}.tsx`)), page).toBe(true);
  });
});
