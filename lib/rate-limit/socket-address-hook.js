// Loaded into the Next.js server with `node --import` by `npm start` and `npm run dev`
// (scripts/run-app.ts), before Next.js creates its HTTP server. Every request then carries the
// address of the TCP peer in SOCKET_ADDRESS_HEADER, whatever a client sent under that name.
// Without a proxy in front (TRUST_PROXY=0) that is the one client address a client cannot
// choose: `next start` keeps a client-sent X-Forwarded-For. client-address.ts reads it, and only
// when INSTALLED says this hook runs in the process (docs/decisions/0027-local-mode.md).
// Plain JavaScript because Node.js loads it before anything compiles TypeScript.
import http from "node:http";
import https from "node:https";

/** Must match client-address.ts (lib/rate-limit/client-address.test.ts checks it). */
export const SOCKET_ADDRESS_HEADER = "x-trellis-socket-address";
/** Set once the servers of this process stamp the header; client-address.ts trusts it only then. */
export const INSTALLED = Symbol.for("trellis.socket-address-hook");

/** @param {import("node:http").IncomingMessage} request */
function stampSocketAddress(request) {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
}

export function installSocketAddressHook() {
  const scope = /** @type {Record<symbol, unknown>} */ (globalThis);
  if (scope[INSTALLED]) return;
  for (const served of [http, https]) {
    const createServer = served.createServer;
    /** @type {any} */ (served).createServer = function createServerWithSocketAddress(/** @type {any[]} */ ...args) {
      const server = /** @type {import("node:http").Server} */ (Reflect.apply(createServer, this, args));
      // First listener: Next.js's own reads the headers after this one has written them.
      server.prependListener("request", stampSocketAddress);
      return server;
    };
  }
  scope[INSTALLED] = true;
}

installSocketAddressHook();
