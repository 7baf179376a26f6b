// The one place that reads a client's network address, only to key rate limits (hashed at once
// by rate-limit-key.ts): Trellis stores and logs no raw address.
import { isIPv4, isIPv6 } from "node:net";

/** The TCP peer's address, written by socket-address-hook.js (same name there). */
export const SOCKET_ADDRESS_HEADER = "x-trellis-socket-address";
const HOOK_INSTALLED = Symbol.for("trellis.socket-address-hook");

/** Whether this process's HTTP servers write SOCKET_ADDRESS_HEADER (socket-address-hook.js). */
export function socketAddressKnown(): boolean {
  return (globalThis as Record<symbol, unknown>)[HOOK_INSTALLED] === true;
}

/**
 * The client's address. With no trusted proxy it is the TCP peer's, as socket-address-hook.js
 * wrote it: X-Forwarded-For is then whatever the client wrote (`next start` keeps a client-sent
 * one), so it is ignored. Without that hook (plain `next start`) the address cannot be told and
 * this is null. Behind `trustedProxies` proxies that each append the address they saw, the client
 * is that many entries from the right of X-Forwarded-For: entries further left were written by
 * the client and prove nothing (`next start` adds the peer itself when a proxy sent none).
 */
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  if (trustedProxies === 0)
    return socketAddressKnown() ? normalizeAddress(headers.get(SOCKET_ADDRESS_HEADER) ?? "") : null;
  const entries = forwardedFor(headers);
  if (entries.length === 0) return null;
  const index = Math.max(entries.length - trustedProxies, 0);
  return normalizeAddress(entries[index]!);
}

/**
 * Whether the request comes from this machine: its TCP peer is a loopback address, and so is
 * every address a proxy forwarded it for (a proxy on this machine may relay anyone). False
 * when the peer is not known. For what must never leave the machine (the development mailbox).
 */
export function isLoopbackClient(headers: Headers): boolean {
  if (!socketAddressKnown()) return false;
  return [headers.get(SOCKET_ADDRESS_HEADER) ?? "", ...forwardedFor(headers)].every(isLoopbackAddress);
}

function forwardedFor(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function isLoopbackAddress(raw: string): boolean {
  const address = plainAddress(raw);
  if (address === null) return false;
  return isIPv4(address) ? address.startsWith("127.") : expandIpv6(address).join(":") === "0:0:0:0:0:0:0:1";
}

/**
 * One spelling per client: ports and brackets dropped, IPv4-mapped IPv6 as IPv4, and IPv6 cut
 * to its /64 network, since one subscriber usually holds a whole /64 and could rotate within it.
 */
export function normalizeAddress(raw: string): string | null {
  const address = plainAddress(raw);
  if (address === null || isIPv4(address)) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

/** The address alone (no port, brackets or zone; IPv4-mapped IPv6 as IPv4), or null when it is none. */
function plainAddress(raw: string): string | null {
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, ""); // an IPv6 zone id names a local interface, not a client
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1]!;
  return isIPv4(address) || isIPv6(address) ? address : null;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const toGroups = (part: string) =>
    (part ? part.split(":") : []).flatMap((group) => (group.includes(".") ? ipv4ToGroups(group) : [group]));
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right].map((group) =>
    group.replace(/^0+(?=.)/, ""),
  );
}

function ipv4ToGroups(ipv4: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = ipv4.split(".").map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
