// The shipped nginx configuration (deploy/nginx/trellis.conf) against a stand-in for the app
// that answers what the test asks, for the rules the app's own pages never exercise today: an
// answer with Set-Cookie is never stored, a redirect only when it says it may be and then per
// what it varies on (a language redirect never reaches a visitor of another language), a stale
// page is served while one request fetches it again (as the page's stale-while-revalidate
// allows), and the forwarded address the app's rate limits read. The app behind it:
// nginx-cache.spec.ts.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { clientAddress } from "../../lib/rate-limit/client-address";
import { cacheStatus, needsFakeTime, nginxInFront } from "./support/nginx";
import { expect, test } from "./support/staff-login";

type Answer = (request: IncomingMessage, response: ServerResponse, body: Buffer) => unknown;

/** The stand-in: each path answers as the test set it; counts the requests that reach it. */
const answers = new Map<string, Answer>();
const reached = new Map<string, number>();
let upstream: Server | undefined;

const nginx = nginxInFront(async () => {
  upstream = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = (request.url ?? "/").split("?")[0]!;
    reached.set(path, (reached.get(path) ?? 0) + 1);
    const answer = answers.get(path);
    if (!answer) return void response.writeHead(404).end();
    await answer(request, response, Buffer.concat(chunks));
  });
  upstream.listen(0, "127.0.0.1");
  await once(upstream, "listening");
  return `127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  upstream?.close();
});

const SHAREABLE = "s-maxage=60, stale-while-revalidate=600";

test("an answer that sets a cookie is never stored, though it says it may be", async () => {
  answers.set("/sets-cookie", (_request, response) =>
    response.writeHead(200, { "cache-control": SHAREABLE, "set-cookie": "NEXT_LOCALE=de; Path=/" }).end("page"),
  );
  // fetch keeps no cookies: each request comes without one, as a new visitor's would.
  await fetch(`${nginx().url}/sets-cookie`).then((response) => response.text());
  const again = await fetch(`${nginx().url}/sets-cookie`);
  expect(again.headers.get("x-cache-status")).toBe("MISS");
  expect(again.headers.get("set-cookie")).toContain("NEXT_LOCALE=de");
  expect(reached.get("/sets-cookie")).toBe(2);
});

test("a redirect is stored only when it says so, and then per the language it varies on", async ({ request }) => {
  // As proxy.ts answers a first visit whose Accept-Language prefers German: no Cache-Control.
  answers.set("/negotiated", (request, response) =>
    response
      .writeHead(307, { location: /^de\b/.test(request.headers["accept-language"] ?? "") ? "/de/x" : "/en/x" })
      .end(),
  );
  const german = { "accept-language": "de-DE,de;q=0.9" };
  const english = { "accept-language": "en-US,en;q=0.9" };
  await request.get(`${nginx().url}/negotiated`, { headers: german, maxRedirects: 0 });
  const toEnglish = await request.get(`${nginx().url}/negotiated`, { headers: english, maxRedirects: 0 });
  expect(toEnglish.headers()["location"]).toBe("/en/x");
  expect(cacheStatus(toEnglish)).toBe("MISS");

  // A redirect that says it may be kept, and on what it depends: one copy per language.
  answers.set("/negotiated-shared", (request, response) =>
    response
      .writeHead(302, {
        location: /^de\b/.test(request.headers["accept-language"] ?? "") ? "/de/x" : "/en/x",
        "cache-control": SHAREABLE,
        vary: "Accept-Language",
      })
      .end(),
  );
  const path = `${nginx().url}/negotiated-shared`;
  await request.get(path, { headers: german, maxRedirects: 0 });
  const germanAgain = await request.get(path, { headers: german, maxRedirects: 0 });
  expect(cacheStatus(germanAgain)).toBe("HIT");
  expect(germanAgain.headers()["location"]).toBe("/de/x");
  const englishVisitor = await request.get(path, { headers: english, maxRedirects: 0 });
  expect(englishVisitor.headers()["location"]).toBe("/en/x");
});

test("an unprefixed candidate page is kept for browsers that do not ask for German; one that does reaches the app", async ({
  request,
}) => {
  // As proxy.ts answers /jobs/x: the English page for most, a redirect to /de/… for German, and
  // the page's Vary (which Next.js rewrites) does not say Accept-Language.
  answers.set("/jobs/negotiated", (request, response) =>
    /\bde\b/i.test(request.headers["accept-language"] ?? "")
      ? response.writeHead(307, { location: "/de/jobs/negotiated" }).end()
      : response.writeHead(200, { "cache-control": SHAREABLE }).end("English page"),
  );
  const path = `${nginx().url}/jobs/negotiated`;
  await request.get(path, { headers: { "accept-language": "en-US,en;q=0.9" } });
  const english = await request.get(path, { headers: { "accept-language": "en-GB" } });
  expect(cacheStatus(english)).toBe("HIT");
  for (const german of ["de-DE,de;q=0.9", "en-US,en;q=0.8,de;q=0.5", "DE"]) {
    const answer = await request.get(path, { headers: { "accept-language": german }, maxRedirects: 0 });
    expect(answer.status(), german).toBe(307);
    expect(answer.headers()["location"]).toBe("/de/jobs/negotiated");
  }
  // The German page itself is cached as any other.
  answers.set("/de/jobs/negotiated", (_request, response) =>
    response.writeHead(200, { "cache-control": SHAREABLE }).end("Deutsche Seite"),
  );
  const germanHeaders = { headers: { "accept-language": "de-DE" } };
  await request.get(`${nginx().url}/de/jobs/negotiated`, germanHeaders);
  expect(cacheStatus(await request.get(`${nginx().url}/de/jobs/negotiated`, germanHeaders))).toBe("HIT");
});

test("an expired page is served stale while one request fetches it again, as its stale-while-revalidate allows", async ({
  request,
}) => {
  needsFakeTime();
  let version = 1;
  let holdNext: Promise<void> | null = null;
  let refreshStarted = () => {};
  answers.set("/stale", async (_request, response) => {
    const held = holdNext;
    if (held) {
      refreshStarted();
      await held;
    }
    response.writeHead(200, { "cache-control": SHAREABLE }).end(`version ${version}`);
  });
  await nginx().setClockAhead(0);
  expect(await (await request.get(`${nginx().url}/stale`)).text()).toBe("version 1");

  version = 2;
  let release = () => {};
  holdNext = new Promise((resolve) => (release = resolve));
  const reachedApp = new Promise<void>((resolve) => (refreshStarted = resolve));
  await nginx().setClockAhead(61);
  const refreshing = request.get(`${nginx().url}/stale`);
  await reachedApp;
  // While the app is still answering that request, others get the old copy at once.
  const meanwhile = await request.get(`${nginx().url}/stale`);
  expect(cacheStatus(meanwhile)).toBe("UPDATING");
  expect(await meanwhile.text()).toBe("version 1");
  holdNext = null;
  release();
  const refreshed = await refreshing;
  expect(cacheStatus(refreshed)).toBe("EXPIRED");
  expect(await refreshed.text()).toBe("version 2");
  await nginx().setClockAhead(0);
});

test("the app reads the client's address nginx saw, not one the client made up (TRUST_PROXY=1)", async ({
  request,
}) => {
  let forwarded: Headers | undefined;
  answers.set("/address", (request, response) => {
    forwarded = new Headers(request.headers as Record<string, string>);
    response.writeHead(200, { "cache-control": "no-store" }).end();
  });
  await request.get(`${nginx().url}/address`, { headers: { "x-forwarded-for": "203.0.113.9" } });
  expect(forwarded?.get("x-forwarded-for")).toBe("203.0.113.9, 127.0.0.1");
  expect(clientAddress(forwarded!, 1)).toBe("127.0.0.1");
  expect(forwarded?.get("x-forwarded-proto")).toBe("http");
  expect(forwarded?.get("host")).toBe(`127.0.0.1:${nginx().port}`);
});
