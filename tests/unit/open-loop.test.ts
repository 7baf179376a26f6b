import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runOpenLoop } from "../../scripts/bench/open-loop";

// A server closes a connection that stayed idle for its keep-alive timeout, announced as
// `Keep-Alive: timeout=2`. A request the client sends on it at that moment is lost ("socket hang
// up"). This server drops a reused connection after 1.2 s idle, the race made certain.
const KEEP_ALIVE_TIMEOUT_MS = 2000;
const CLOSED_AFTER_IDLE_MS = 1200;

let server: http.Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serverClosingIdleConnections(): Promise<{ baseUrl: string; connections: () => number }> {
  const idleSince = new WeakMap<object, number>();
  let connections = 0;
  server = http.createServer((request, response) => {
    const since = idleSince.get(request.socket);
    if (since !== undefined && performance.now() - since > CLOSED_AFTER_IDLE_MS) {
      request.socket.destroy();
      return;
    }
    request.resume();
    request.on("end", () =>
      response.end("ok", () => {
        idleSince.set(request.socket, performance.now());
      }),
    );
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.on("connection", () => (connections += 1));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, connections: () => connections };
}

describe("runOpenLoop", () => {
  it("does not reuse a connection the server announced it would have closed by then", async () => {
    const { baseUrl, connections } = await serverClosingIdleConnections();
    // Two requests 1.6 s apart: the second comes after the announced timeout less Node's 1 s margin.
    const result = await runOpenLoop({
      baseUrl,
      ratePerSecond: 1 / 1.6,
      seconds: 3.2,
      request: () => ({ method: "POST", path: "/apply", headers: {}, body: Buffer.from("{}") }),
    });
    expect(result.sent).toBe(2);
    expect(result.firstFailure).toBeUndefined();
    expect(result.succeeded).toBe(2);
    expect(connections()).toBe(2);
  });
});
