import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPagePolicy, inlineScriptHashes, policyOptionsFromEnv } from "./content-security-policy.js";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

// The shape of the HTML Next.js caches for a page: external chunks, its inline bootstrap and
// payload scripts, and a JSON-LD data block.
const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const PAYLOAD = 'self.__next_f.push([1,"0:{\\"P\\":null,\\"b\\":\\"build\\"}\\n"])';
const UNICODE = 'self.__next_f.push([1,"Zürich – São Paulo \\u003c/script>"])';
const HTML = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script>',
  `<script>${BOOTSTRAP}</script></head><body><main>Jobs</main>`,
  `<script type="application/ld+json">{"@type":"JobPosting"}</script>`,
  `<SCRIPT data-x="a>b">${PAYLOAD}</SCRIPT >`,
  `<script type="module">${UNICODE}</script>`,
  `<script>${BOOTSTRAP}</script></body></html>`,
].join("");

describe("inlineScriptHashes", () => {
  it("hashes each inline script the browser would run, once; not external scripts nor data blocks", () => {
    expect(inlineScriptHashes(HTML)).toEqual([sha256(BOOTSTRAP), sha256(PAYLOAD), sha256(UNICODE)]);
    expect(inlineScriptHashes("<p>No scripts</p>")).toEqual([]);
    // As the browser's parser reads it: line breaks become LF before the text is hashed.
    expect(inlineScriptHashes("<script>a()\r\nb()\rc()</script>")).toEqual([sha256("a()\nb()\nc()")]);
  });
});

describe("cachedPagePolicy", () => {
  it("lets exactly the page's own inline scripts run, by hash, and no other inline script", () => {
    const policy = cachedPagePolicy(
      HTML,
      policyOptionsFromEnv({ NODE_ENV: "production", APP_URL: "https://careers.example.com" }),
    );
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${sha256(BOOTSTRAP)} ${sha256(PAYLOAD)} ${sha256(UNICODE)}`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });
});
