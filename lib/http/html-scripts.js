// The <script> elements of a page's HTML, found with one pattern by the two that read them: the
// cached pages' Content-Security-Policy (content-security-policy.js hashes the inline ones) and
// the static candidate pages (static-pages.js takes Next.js's runtime out). Plain JavaScript
// because the cache handler loads both at run time, untranspiled.

// A <script> start tag (quoted attribute values may hold ">"), its text, and its end tag.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[^>]*>/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SCRIPT_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/**
 * @typedef {object} ScriptElement
 * @property {string | undefined} src The address of an external script; none for an inline one.
 * @property {string} text An inline script's text as written.
 * @property {boolean} runs Whether the browser runs it: not a data block such as JSON-LD.
 */

/**
 * @param {string} attributes
 * @param {string} text
 * @returns {ScriptElement}
 */
function scriptElement(attributes, text) {
  const src = SRC_ATTRIBUTE.exec(attributes);
  const type = TYPE_ATTRIBUTE.exec(attributes);
  return {
    src: src ? (src[1] ?? src[2] ?? src[3] ?? "") : undefined,
    text,
    runs: !type || SCRIPT_TYPES.has((type[1] ?? type[2] ?? type[3] ?? "").trim().toLowerCase()),
  };
}

/**
 * Every script element of `html`, in order.
 * @param {string} html
 * @returns {ScriptElement[]}
 */
export function scriptElements(html) {
  return [...html.matchAll(SCRIPT)].map(([, attributes = "", text = ""]) => scriptElement(attributes, text));
}

/**
 * `html` without the script elements `remove` picks.
 * @param {string} html
 * @param {(script: ScriptElement) => boolean} remove
 * @returns {string}
 */
export function withoutScripts(html, remove) {
  return html.replace(SCRIPT, (element, attributes = "", text = "") =>
    remove(scriptElement(attributes, text)) ? "" : element,
  );
}
