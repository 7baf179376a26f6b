// What a public page's HTML carries, and the same page as static HTML without scripts: the
// yardstick the Lighthouse budget compares the page with (LCP and TBT within 10%). The copy is
// the page's HTML as the app serves it with every <script> (and script preload) removed and its
// CSS kept, served by a small static server in this process (gzip, like the app) together with
// the app build's static files (.next/static: CSS, fonts) and public folder. Also the "no
// JavaScript needed" check: the posting's description and a working way to Apply must be in the
// HTML itself.
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type HtmlAnatomy = {
  bytes: number;
  gzipBytes: number;
  scriptTags: number;
  /** Bytes inside inline <script> elements (React's payload, JSON-LD, bootstrap code). */
  inlineScriptBytes: number;
  /** Of those, React's flight payload (self.__next_f.push). */
  flightPayloadBytes: number;
  jsonLdBytes: number;
  /** External scripts the page loads (src=…). */
  externalScripts: number;
  /** The HTML with the scripts removed. */
  withoutScriptsBytes: number;
};

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>/gi;

export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, "").replace(SCRIPT_PRELOAD, "");
}

export function htmlAnatomy(html: string): HtmlAnatomy {
  let inline = 0;
  let flight = 0;
  let jsonLd = 0;
  let tags = 0;
  let external = 0;
  for (const match of html.matchAll(SCRIPT)) {
    tags += 1;
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\bsrc=/.test(attributes)) external += 1;
    inline += Buffer.byteLength(body);
    if (body.includes("self.__next_f")) flight += Buffer.byteLength(body);
    if (/application\/ld\+json/.test(attributes)) jsonLd += Buffer.byteLength(body);
  }
  return {
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html).length,
    scriptTags: tags,
    inlineScriptBytes: inline,
    flightPayloadBytes: flight,
    jsonLdBytes: jsonLd,
    externalScripts: external,
    withoutScriptsBytes: Buffer.byteLength(withoutScripts(html)),
  };
}

export type NoScriptCheck = {
  /** Sections of the description whose text is in the HTML without scripts, of all sections. */
  descriptionSectionsFound: number;
  descriptionSections: number;
  missingSample?: string;
  applyHref: string | null;
  applyPageStatus: number | null;
  /** Fields (input, select, textarea) in the apply page's HTML without scripts. */
  applyFormFields: number;
  /** The form posts somewhere without JavaScript (method post with an action, or a server action's hidden id). */
  formSubmitsWithoutScript: boolean;
  passed: boolean;
  note: string;
};

/** The posting read and Apply reached with no JavaScript: what a browser shows before any script runs. */
export async function checkNoScript(pageUrl: string, html: string, descriptions: string[]): Promise<NoScriptCheck> {
  const stripped = withoutScripts(html);
  const text = plainText(stripped);
  const samples = descriptions.map(sampleOf).filter((sample): sample is string => Boolean(sample));
  const missing = samples.filter((sample) => !text.includes(sample));
  const applyHref = /<a\b[^>]*\bhref="([^"]*\/apply)"/i.exec(stripped)?.[1] ?? null;
  let applyPageStatus: number | null = null;
  let fields = 0;
  let submits = false;
  if (applyHref) {
    const response = await fetch(new URL(decodeEntities(applyHref), pageUrl));
    applyPageStatus = response.status;
    const applyHtml = withoutScripts(await response.text());
    const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(applyHtml);
    if (form) {
      fields = (form[2]!.match(/<(input|select|textarea)\b/gi) ?? []).length;
      const attributes = form[1] ?? "";
      const action = /\baction="([^"]*)"/i.exec(attributes)?.[1];
      submits =
        /\$ACTION_ID_/.test(form[2]!) ||
        (/\bmethod="post"/i.test(attributes) && action !== undefined && !action.startsWith("javascript:"));
    }
  }
  const descriptionOk = samples.length > 0 && missing.length === 0;
  const passed = descriptionOk && applyHref !== null && applyPageStatus === 200 && fields > 0;
  const notes = [
    descriptionOk
      ? `description in the HTML (${samples.length} of ${samples.length} sections)`
      : `description missing without scripts (${samples.length - missing.length} of ${samples.length} sections found)`,
    applyHref ? `Apply link ${applyHref} answers ${applyPageStatus}` : "no Apply link in the HTML",
    applyHref ? `its form has ${fields} fields without scripts` : "",
    applyHref ? (submits ? "and posts without JavaScript" : "but submits only with JavaScript (no action/method)") : "",
  ].filter(Boolean);
  return {
    descriptionSectionsFound: samples.length - missing.length,
    descriptionSections: samples.length,
    missingSample: missing[0],
    applyHref,
    applyPageStatus,
    applyFormFields: fields,
    formSubmitsWithoutScript: submits,
    passed,
    note: notes.join("; "),
  };
}

/** The longest run of plain words in a section's Markdown: text that must appear as is on the page. */
function sampleOf(markdown: string): string | undefined {
  const runs = markdown.match(/[A-Za-z][A-Za-z ,]{20,}[A-Za-z]/g) ?? [];
  const longest = runs.sort((a, b) => b.length - a.length)[0];
  if (!longest) return undefined;
  const sample = longest.replace(/\s+/g, " ").trim();
  return sample.length <= 60 ? sample : sample.slice(0, sample.lastIndexOf(" ", 60));
}

function plainText(html: string): string {
  return decodeEntities(html.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export type StaticServer = { baseUrl: string; stop(): Promise<void> };

/** Serves `pages` (path → HTML) and the app build's static files, compressed as the app does. */
export async function startStaticServer(appRoot: string, pages: Map<string, string>): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    void answer(request.url ?? "/").then(
      ({ status, type, body }) => {
        const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"])) && /text|json|svg/.test(type);
        const sent = gzip ? gzipSync(body) : body;
        response.writeHead(status, {
          "content-type": type,
          "content-length": sent.length,
          ...(gzip ? { "content-encoding": "gzip" } : {}),
          "cache-control":
            status === 200 && !pages.has(pathOf(request.url)) ? "public, max-age=31536000, immutable" : "no-cache",
        });
        response.end(sent);
      },
      () => {
        response.writeHead(500).end();
      },
    );
  });
  const pathOf = (url: string | undefined) => new URL(url ?? "/", "http://static").pathname;
  const answer = async (url: string): Promise<{ status: number; type: string; body: Buffer }> => {
    const pathname = decodeURIComponent(pathOf(url));
    const page = pages.get(pathname);
    if (page !== undefined) return { status: 200, type: "text/html; charset=utf-8", body: Buffer.from(page) };
    const file = pathname.startsWith("/_next/static/")
      ? path.join(appRoot, ".next/static", pathname.slice("/_next/static/".length))
      : path.join(appRoot, "public", pathname);
    const safe = path.normalize(file);
    if (!safe.startsWith(path.join(appRoot, ".next/static")) && !safe.startsWith(path.join(appRoot, "public")))
      return { status: 404, type: "text/plain", body: Buffer.from("not found") };
    try {
      return {
        status: 200,
        type: TYPES[path.extname(safe)] ?? "application/octet-stream",
        body: await readFile(safe),
      };
    } catch {
      return { status: 404, type: "text/plain", body: Buffer.from("not found") };
    }
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
