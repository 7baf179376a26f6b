// The one place that reads a client's network address, only to key rate limits (hashed at once
// by rate-limit-key.ts): Trellis stores and logs no raw address.
import { isIPv4, isIPv6 } from "node:net";

/**
 * The client's address from X-Forwarded-For. `next start` fills that header with the socket's
 * peer address when the client sent none (and keeps the client's own otherwise), so with no
 * trusted proxy the rightmost entry is the best there is. Behind `trustedProxies` proxies that
 * each append the address they saw, the client is that many entries from the right: entries
 * further left were written by the client and prove nothing.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const index = Math.max(entries.length - Math.max(trustedProxies, 1), 0);
  return normalizeAddress(entries[index]!);
}

/**
 * One spelling per client: ports and brackets dropped, IPv4-mapped IPv6 as IPv4, and IPv6 cut
 * to its /64 network, since one subscriber usually holds a whole /64 and could rotate within it.
 */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, ""); // an IPv6 zone id names a local interface, not a client
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1]!;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
  return null;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const toGroups = (part: string) => (part ? part.split(":") : []).flatMap((group) => (group.includes(".") ? ipv4ToGroups(group) : [group]));
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

function ipv4ToGroups(ipv4: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = ipv4.split(".").map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
