// Request targets no route can answer: proxy.ts refuses them with 400 before Next.js matches a route.
// Next.js decodes each dynamic segment with decodeURIComponent; a malformed escape (%C0%AF,
// %E0%A4%A, %ff) throws there and, in the App Router, ends as a bare 500. A control character
// (%00 above all) decodes fine and then reaches a query, where Postgres refuses NUL in text.
// No server-only import: the proxy uses it.

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** Whether some segment of the raw (still encoded) path cannot be decoded, or decodes to a control character. */
export function isMalformedPath(rawPathname: string): boolean {
  for (const segment of rawPathname.split("/")) {
    try {
      if (CONTROL_CHARACTER.test(decodeURIComponent(segment))) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Whether the raw query string carries a NUL (URL parsing percent-encodes a raw one): no page can
 * look it up, and Postgres refuses it in text. Other control characters are left to each page.
 */
export function hasNulInQuery(rawSearch: string): boolean {
  return rawSearch.includes("%00");
}
