import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { resolveDeliveryAddress, type CheckedAddress } from "./address-guard";

const CONNECT_TIMEOUT_MS = 5_000;
const RESPONSE_TIMEOUT_MS = 15_000;
/** Receivers answer with a status; a body beyond this is not read. */
const RESPONSE_BODY_CAP = 16 * 1024;

export type SendOutcome = { ok: boolean; status: number | null; durationMs: number; error: string | null };

/**
 * POSTs one signed body. The connection goes to the address resolveDeliveryAddress checked (the
 * agent's lookup answers with it), so a name that resolves differently a moment later cannot
 * redirect the request. Redirects are not followed: a 3xx is a failure like any non-2xx.
 */
export async function sendWebhook({
  url,
  body,
  headers,
  allowedHosts,
}: {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowedHosts: ReadonlySet<string>;
}): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const target = new URL(url);
    const address = await resolveDeliveryAddress(target, allowedHosts);
    const status = await post(target, address, body, headers);
    const ok = status >= 200 && status < 300;
    return { ok, status, durationMs: elapsed(), error: ok ? null : `The endpoint answered ${status}.` };
  } catch (error) {
    return { ok: false, status: null, durationMs: elapsed(), error: (error as Error).message.slice(0, 500) };
  }
}

function pinnedLookup({ address, family }: CheckedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    // Node asks for every address when it may try several families (autoSelectFamily).
    if ((options as { all?: boolean }).all) (callback as (e: null, a: object[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function post(target: URL, address: CheckedAddress, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const transport = target.protocol === "https:" ? https : http;
    const request = transport.request(target, {
      method: "POST",
      agent: false,
      lookup: pinnedLookup(address),
      headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const fail = (message: string) => request.destroy(new Error(message));
    const deadline = setTimeout(() => fail("No response within 15 seconds."), RESPONSE_TIMEOUT_MS);
    request.on("socket", (socket) => {
      const connectTimer = setTimeout(() => fail("Could not connect within 5 seconds."), CONNECT_TIMEOUT_MS);
      socket.once("connect", () => clearTimeout(connectTimer));
      socket.once("close", () => clearTimeout(connectTimer));
    });
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    request.on("response", (response) => {
      let read = 0;
      const finish = () => {
        clearTimeout(deadline);
        resolve(response.statusCode ?? 0);
      };
      response.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read > RESPONSE_BODY_CAP) {
          response.destroy();
          finish();
        }
      });
      response.on("end", finish);
      response.on("error", finish);
    });
    request.end(body);
  });
}
