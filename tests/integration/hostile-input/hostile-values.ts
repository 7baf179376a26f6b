// What an attacker (or a broken client) sends: markup, SQL, control characters, huge and
// unexpected values, as fast-check arbitraries and as fixed lists.
import fc from "fast-check";

export const XSS_PAYLOADS = [
  "<script>window.__xss=1</script>",
  `"><img src=x onerror="window.__xss=2">`,
  "javascript:window.__xss=3",
  "<svg onload=alert(4)>",
  '\'><a href="javascript:alert(5)">x</a>',
  "{{constructor.constructor('alert(6)')()}}",
] as const;

export const SQL_PAYLOADS = [
  "' OR '1'='1",
  '\'; DROP TABLE "Application"; --',
  '" OR 1=1 --',
  "1; SELECT pg_sleep(5)",
  '%\' UNION SELECT * FROM "User" --',
  "\\'; --",
  "%_%",
  "' || (SELECT string_agg(email, ',') FROM \"User\") || '",
] as const;

export const PATH_TRAVERSAL_NAMES = [
  "../../etc/passwd.pdf",
  "..\\..\\windows\\system32\\resume.pdf",
  "/etc/passwd.pdf",
  "resume\u0000.pdf",
  "resume.pdf\u0000.exe",
  `${"a".repeat(5000)}.pdf`,
  "%2e%2e%2fetc%2fpasswd.pdf",
  "con.pdf",
  "re\nsume.pdf",
  ".pdf",
] as const;

/** Strings a text field might receive. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...XSS_PAYLOADS, ...SQL_PAYLOADS, ...PATH_TRAVERSAL_NAMES),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      "\u0000",
      "\u0007",
      "\u001b",
      "\u007f",
      "\u202e",
      "\u200b",
      "\ufeff",
      "\r",
      "\n",
      "\t",
      "a",
      " ",
    ),
  }),
  fc.constantFrom(
    "",
    " ",
    "   \n\t ",
    "__proto__",
    "constructor",
    "prototype",
    "NaN",
    "Infinity",
    "-0",
    "1e309",
    "null",
    "true",
  ),
  // Half a surrogate pair (no character; Postgres refuses it in JSON) and NUL (refused in text).
  fc.constantFrom("\ud800", "a\udc00b", "x\u0000y", "https://example.com/\ud800"),
  fc.integer({ min: 0, max: 20_000 }).map((length) => "x".repeat(length)),
);

/** Any value at all, biased towards the shapes a JSON body or form can carry. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, -0),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.array(hostileString, { maxLength: 5 }),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.anything({ maxDepth: 2 }),
);

/** A copy of `value` with `path` set to `replacement` (undefined deletes it); the rest shared. */
export function withPath(
  value: Record<string, unknown>,
  path: readonly string[],
  replacement: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Record<string, unknown> = { ...value };
  if (rest.length === 0) {
    if (replacement === undefined) delete copy[head];
    else copy[head] = replacement;
  } else {
    const inner = copy[head];
    copy[head] = withPath(
      inner && typeof inner === "object" && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {},
      rest,
      replacement,
    );
  }
  return copy;
}

/** Every field path of a JSON-ish object (arrays and Files are leaves). */
export function leafPaths(value: Record<string, unknown>, prefix: string[] = []): string[][] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner && typeof inner === "object" && !Array.isArray(inner) && !(inner instanceof File)
      ? leafPaths(inner as Record<string, unknown>, [...prefix, key])
      : [[...prefix, key]],
  );
}

/** Object.prototype must come out of any parse as it went in. */
export function expectNoPrototypePollution(): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")) {
    throw new Error("Object.prototype was polluted");
  }
}
