// What the public-route fuzz suites send: every public route pattern, with path segments and
// query strings from fast-check, as raw (already percent-encoded) request targets. Shared by the
// in-process suite (tests/integration/fuzz-public-routes/) and the one against `next start`
// (tests/e2e/fuzz-public-routes.spec.ts), which differ only in the known-good values they mix in.
import fc from "fast-check";

/** A public route: its method, its pattern (`:name` is a dynamic segment) and the query keys it reads. */
export type PublicRoute = { method: "GET" | "POST"; pattern: string; queryKeys: readonly string[] };

const TRACKING_KEYS = ["utm_source", "utm_medium", "utm_campaign", "source", "referrer", "agency"] as const;

export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  // Careers site pages.
  { method: "GET", pattern: "/", queryKeys: ["q", "department", "location", "remote", ...TRACKING_KEYS] },
  { method: "GET", pattern: "/home/:view", queryKeys: ["q"] },
  { method: "GET", pattern: "/jobs/:slug", queryKeys: TRACKING_KEYS },
  { method: "GET", pattern: "/jobs/:slug/apply", queryKeys: TRACKING_KEYS },
  { method: "GET", pattern: "/jobs/:slug/apply/confirmation", queryKeys: ["reference"] },
  { method: "GET", pattern: "/applications/status", queryKeys: ["sent"] },
  { method: "GET", pattern: "/applications/status/:token", queryKeys: ["done"] },
  { method: "GET", pattern: "/applications/status/:token/withdraw", queryKeys: [] },
  { method: "GET", pattern: "/applications/status/:token/accommodation", queryKeys: [] },
  { method: "GET", pattern: "/applications/status/:token/erase", queryKeys: [] },
  { method: "POST", pattern: "/applications/status/:token/export", queryKeys: [] },
  { method: "GET", pattern: "/applications/status/:token/interview", queryKeys: ["outcome", "tz"] },
  { method: "GET", pattern: "/applications/status/:token/offer-letter", queryKeys: [] },
  // Staff sign-in (public), and a staff page without a session (the proxy's redirect).
  { method: "GET", pattern: "/hiring/sign-in", queryKeys: ["callbackUrl"] },
  { method: "GET", pattern: "/hiring/sign-in/check-email", queryKeys: [] },
  { method: "GET", pattern: "/hiring/sign-in/error", queryKeys: ["error"] },
  { method: "GET", pattern: "/hiring/jobs/:jobId/board", queryKeys: ["stage"] },
  { method: "GET", pattern: "/robots.txt", queryKeys: [] },
  { method: "GET", pattern: "/sitemap.xml", queryKeys: [] },
  // Addresses no route has.
  { method: "GET", pattern: "/:unknown", queryKeys: [] },
  { method: "GET", pattern: "/jobs/:slug/:unknown", queryKeys: [] },
  // The Job Board API (docs/job-board-api.md), the careers form's apply endpoint and its resume reading.
  { method: "GET", pattern: "/api/job-board/v1/boards/:boardToken", queryKeys: [] },
  { method: "GET", pattern: "/api/job-board/v1/boards/:boardToken/jobs", queryKeys: ["content"] },
  {
    method: "GET",
    pattern: "/api/job-board/v1/boards/:boardToken/jobs/:jobId",
    queryKeys: ["questions", "pay_transparency"],
  },
  { method: "GET", pattern: "/api/job-board/v1/boards/:boardToken/departments", queryKeys: ["render_as"] },
  {
    method: "GET",
    pattern: "/api/job-board/v1/boards/:boardToken/departments/:departmentId",
    queryKeys: ["render_as"],
  },
  { method: "GET", pattern: "/api/job-board/v1/boards/:boardToken/offices", queryKeys: ["render_as"] },
  { method: "GET", pattern: "/api/job-board/v1/boards/:boardToken/offices/:officeId", queryKeys: ["render_as"] },
  { method: "POST", pattern: "/api/job-board/v1/boards/:boardToken/jobs/:jobId", queryKeys: [] },
  { method: "POST", pattern: "/api/jobs/:slug/applications", queryKeys: [] },
  { method: "POST", pattern: "/api/resume-prefill", queryKeys: [] },
  // The staff REST API without a token (tests/integration/staff-api*.test.ts send valid ones).
  { method: "GET", pattern: "/api/v1/jobs", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/jobs/:job_id", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/jobs/:job_id/stages", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/applications", queryKeys: ["job_id", "updated_since", "cursor", "limit"] },
  { method: "GET", pattern: "/api/v1/applications/:application_id", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/applications/:application_id/scorecards", queryKeys: [] },
  { method: "POST", pattern: "/api/v1/applications/:application_id/move", queryKeys: [] },
  { method: "POST", pattern: "/api/v1/applications/:application_id/reject", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/candidates/:candidate_id", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/interviews", queryKeys: ["application_id"] },
  { method: "GET", pattern: "/api/v1/rejection_reasons", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/openapi.json", queryKeys: [] },
  { method: "GET", pattern: "/api/v1/reference", queryKeys: [] },
];

/** Values that name something real in the database the suite runs against, by parameter name. */
export type KnownValues = Partial<Record<string, readonly string[]>>;

// Malformed escapes: overlong "/" (%C0%AF), a truncated sequence, bytes that are never UTF-8, an
// encoded surrogate, a code point past U+10FFFF, a lone "%", non-hex digits.
export const BAD_ESCAPES = [
  "%C0%AF",
  "%E0%A4%A",
  "%ff%fe",
  "%",
  "%%",
  "%g1",
  "%2",
  "%c3",
  "%ed%a0%80",
  "%f4%90%80%80",
  "%C0%80",
  "%80",
  "a%",
  "%%30%30",
  "%u0041",
] as const;
// Control characters, NUL first: Postgres refuses NUL in text.
export const CONTROL_ESCAPES = ["%00", "a%00", "%00b", "x%00y", "%0a", "%0D%0A", "%09", "%1b", "%7f", "%1F"] as const;
// Dot segments and separators, raw and encoded.
const DOT_SEGMENTS = [
  ".",
  "..",
  "...",
  "%2e",
  "%2e%2e",
  "%2E%2E",
  ".%2e",
  "%2e%2e%2f",
  "..%2f..%2fetc%2fpasswd",
  "%2f",
  "%5c",
  "..%5c",
  "%3b",
  ";",
] as const;
const HOSTILE_TEXT = [
  "' OR '1'='1",
  "<script>alert(1)</script>",
  "%_%",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "99999999999999999999",
  "0x1f",
] as const;

/** Percent-encodes a string's UTF-8 bytes (a half surrogate pair goes as U+FFFD, as browsers send it). */
export function encodeSegment(text: string): string {
  let encoded = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9_.~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return encoded;
}

const plain = fc.stringMatching(/^[a-z0-9-]{1,30}$/);
const rawBytes = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })
  .map((bytes) => bytes.map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join(""));
const brokenEscape = fc.constantFrom(...BAD_ESCAPES, ...CONTROL_ESCAPES);

/** A raw path segment or query component: well-formed, hostile, malformed, empty or huge. */
export function fuzzComponent(known: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    ...(known.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...known) }] : []),
    { weight: 2, arbitrary: plain },
    fc.string({ unit: "grapheme", maxLength: 20 }).map(encodeSegment),
    fc.string({ unit: "binary", maxLength: 20 }).map(encodeSegment),
    { weight: 3, arbitrary: brokenEscape },
    {
      weight: 2,
      arbitrary: fc.tuple(plain, brokenEscape, fc.stringMatching(/^[a-z0-9]{0,6}$/)).map((parts) => parts.join("")),
    },
    rawBytes,
    fc.constantFrom(...DOT_SEGMENTS),
    fc.constantFrom(...HOSTILE_TEXT).map(encodeSegment),
    fc.integer({ min: -5, max: 2 ** 31 + 5 }).map(String),
    fc.integer({ min: 200, max: 6_000 }).map((length) => "a".repeat(length)),
  );
}

/** A query string for `keys` (the route's own, and others), repeated and broken ones included. */
export function fuzzQuery(keys: readonly string[], known: KnownValues): fc.Arbitrary<string> {
  const values = [
    ...keys.flatMap((key) => known[key] ?? []),
    "true",
    "1",
    "false",
    "tree",
    "on-site",
    "remote",
    "hybrid",
    "",
  ];
  const key =
    keys.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...keys) }, fuzzComponent()) : fuzzComponent();
  return fc
    .array(fc.tuple(key, fuzzComponent(values)), { maxLength: 4 })
    .map((pairs) => (pairs.length === 0 ? "" : `?${pairs.map(([name, value]) => `${name}=${value}`).join("&")}`));
}

/** One request target: a route, and the raw path and query that fill its pattern. */
export type FuzzTarget = { route: PublicRoute; target: string };

export function fuzzTarget(route: PublicRoute, known: KnownValues): fc.Arbitrary<FuzzTarget> {
  const parts = route.pattern
    .split("/")
    .map((part) => (part.startsWith(":") ? fuzzComponent(known[part.slice(1)] ?? []) : fc.constant(part)));
  return fc
    .tuple(fc.tuple(...parts), fuzzQuery(route.queryKeys, known))
    .map(([segments, query]) => ({ route, target: `${segments.join("/") || "/"}${query}` }));
}

/** Any public route, each as likely as the others. */
export function anyFuzzTarget(
  known: KnownValues,
  routes: readonly PublicRoute[] = PUBLIC_ROUTES,
): fc.Arbitrary<FuzzTarget> {
  return fc.oneof(...routes.map((route) => fuzzTarget(route, known)));
}
