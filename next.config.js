import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

// The candidate pages' translations (docs/decisions/0041): next-intl reads i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Headers every response gets, whatever serves it (pages, route handlers, static files). The
// Content-Security-Policy and HSTS depend on the request and the environment: proxy.ts.
const SECURITY_HEADERS = [
  // Browsers use the Content-Type we send, never a guess from the bytes (uploaded files!).
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites learn at most our origin, never a path (status links carry a token).
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers without CSP frame-ancestors; SAMEORIGIN because the profile frames resumes.
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  // A window opened from another site cannot script ours, and ours not theirs.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Nothing here uses these; a compromised page or an embedded one gets none of them either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

// API responses (app/api: JSON for other sites, Auth.js) are never a page: nothing in them may
// load, run or be framed, even when a browser is made to open one (decision 0010).
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // proxy.ts sees the request's own URL (its host as the server names it) and builds its
  // rewrites and redirects from it. Without this, Next.js renames a loopback host to localhost
  // in the proxy's URLs but not in its own (`next start -H 127.0.0.1`, which local mode, the
  // tests and the bench use): every rewrite then looked external and was sent over HTTP to the
  // server itself, and redirects named http://localhost (vercel/next.js#94745).
  skipProxyUrlNormalize: true,
  // Next.js's own page cache, plus telling every other app instance when a page is revalidated
  // (docs/decisions/0015-running-on-many-instances.md).
  cacheHandler: fileURLToPath(new URL("./lib/cache/revalidation-sync-cache-handler.js", import.meta.url)),
  // Packages that must stay Node-side (native-ish or large) rather than be bundled.
  serverExternalPackages: [
    // Reads its font metrics from its own folder at run time: bundling would lose them.
    "pdfkit",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "nodemailer",
    "rate-limiter-flexible",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
