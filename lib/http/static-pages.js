// The candidate pages served as static HTML, without Next.js's runtime (docs/decisions/0053):
// the job postings and the careers home. Everything on them is a link or a plain GET form, so
// React's hydration bought them nothing but 40 KB of payload and 150 KB of JavaScript to run.
// The cache handler (lib/cache/revalidation-sync-cache-handler.js) takes the runtime out of their
// HTML as it stores a rendering; every response, the one that rendered it too, is that HTML.
// Their RSC payload stays in the cache entry: a client-side navigation from another page still
// reads it. Plain JavaScript because the cache handler loads it at run time, untranspiled.
import nextConstants from "next/dist/lib/constants.js";
import { withoutScripts } from "./html-scripts.js";

const { NEXT_CACHE_IMPLICIT_TAG_ID, NEXT_CACHE_TAGS_HEADER } = nextConstants;

/** The pages served as static HTML, as Next.js names a page file in the tags of its renderings. */
export const STATIC_PAGE_FILES = ["/(careers)/[locale]/jobs/[slug]/page", "/(careers)/[locale]/home/[view]/page"];
const STATIC_PAGE_TAGS = STATIC_PAGE_FILES.map((page) => `${NEXT_CACHE_IMPLICIT_TAG_ID}${page}`);

/**
 * Whether a cached rendering is of one of the static pages: Next.js tags each rendering with the
 * page file it came from (the tags revalidatePath() matches). Not the apply page below a posting.
 * @param {{ headers?: Record<string, unknown> }} value
 * @returns {boolean}
 */
export function isStaticPage(value) {
  const tags = String(value.headers?.[NEXT_CACHE_TAGS_HEADER] ?? "").split(",");
  return STATIC_PAGE_TAGS.some((tag) => tags.includes(tag));
}

// A <link> tag (quoted attribute values may hold ">") that preloads a script.
const LINK = /<link\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const PRELOADS_SCRIPT = /\srel\s*=\s*["']?modulepreload\b|\sas\s*=\s*["']?script\b/i;

/**
 * `html` without Next.js's runtime: its external scripts (its chunks under /_next/static/, also
 * behind an assetPrefix), its inline bootstrap and React's payload, and the links that preload
 * them. Data blocks (JSON-LD) stay, and so does the page's own script (/candidate-page.js).
 * @param {string} html
 * @returns {string}
 */
export function withoutNextRuntime(html) {
  return withoutScripts(
    html,
    (script) => script.runs && (script.src === undefined || script.src.includes("/_next/static/")),
  ).replace(LINK, (link) => (PRELOADS_SCRIPT.test(link) ? "" : link));
}
