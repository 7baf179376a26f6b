// With no proxy in front (TRUST_PROXY=0) the client's address is the TCP peer's, as the
// socket-address hook (preloaded into the server by `npm start` / `npm run dev`) writes it: an
// X-Forwarded-For the client makes up changes nothing. The route handlers run behind a real HTTP
// server here, created after the hook was installed, as Next.js's is.
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { RATE_LIMITS } from "@/lib/rate-limit/limits";
import { TEST_APP_ORIGIN } from "../support/careers-apply";

// lib/env.ts reads the environment once per process: set before anything reads it.
process.env.TRUST_PROXY = "0";
process.env.JOB_BOARD_API_KEY = "socket-address-test-key-0123456789";
await import("@/lib/rate-limit/socket-address-hook.js");

const { POST: careersApply } = await import("@/app/api/jobs/[slug]/applications/route");
const { POST: jobBoardApply } = await import("@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route");

/** A node request as the web Request a route handler gets (what Next.js does, minus routing). */
async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  return new Request(`${TEST_APP_ORIGIN}${incoming.url}`, {
    method: incoming.method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
  });
}

async function route(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (path === "/echo") return Response.json({ address: clientAddress(request.headers, 0) });
  if (path === "/api/jobs/no-such-job/applications")
    return careersApply(request, { params: Promise.resolve({ slug: "no-such-job" }) });
  return jobBoardApply(request, { params: Promise.resolve({ boardToken: "no-such-board", jobId: "1" }) });
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((incoming, outgoing) => {
    void toRequest(incoming)
      .then(route)
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A different made-up address on every call (RFC 5737 documentation range). */
const forged = () =>
  `203.0.113.${Math.floor(Math.random() * 250) + 1}, 198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe("with TRUST_PROXY=0", () => {
  it("takes the TCP peer's address, whatever X-Forwarded-For or the hook's own header say", async () => {
    const response = await fetch(`${base}/echo`, {
      headers: { "x-forwarded-for": forged(), "x-trellis-socket-address": "192.0.2.1" },
    });
    expect(await response.json()).toEqual({ address: "127.0.0.1" });
  });

  it("counts careers applications per connection address, however often X-Forwarded-For changes", async () => {
    const send = () => {
      const form = new FormData();
      form.set("payload", "{}");
      return fetch(`${base}/api/jobs/no-such-job/applications`, {
        method: "POST",
        body: form,
        headers: { origin: TEST_APP_ORIGIN, "x-forwarded-for": forged() },
      });
    };
    for (let sent = 0; sent < RATE_LIMITS.apply.points; sent += 1) expect((await send()).status).not.toBe(429);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses the 51st Job Board API request after 50 wrong keys, however often X-Forwarded-For changes", async () => {
    const send = (key: string) =>
      fetch(`${base}/api/job-board/v1/boards/no-such-board/jobs/1`, {
        method: "POST",
        headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}`, "x-forwarded-for": forged() },
      });
    for (let sent = 0; sent < RATE_LIMITS["job-board-key-failures"].points; sent += 1)
      expect((await send(`guess-${randomUUID()}`)).status).toBe(401);
    const refused = await send(`guess-${randomUUID()}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
