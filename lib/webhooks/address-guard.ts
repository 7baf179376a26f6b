import "server-only";
// Which addresses a webhook may reach: ordinary public unicast only, unless an admin allowed the
// host (a receiver inside the company network). Checked after DNS, on every attempt.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

export type CheckedAddress = { address: string; family: 4 | 6 };

export class DeliveryRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeliveryRefused";
  }
}

/**
 * Public unicast, and nothing else: ipaddr.js names loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast, unspecified, broadcast, documentation, 6to4, Teredo and NAT64
 * ranges; only "unicast" is none of them. IPv4-mapped IPv6 is judged as the IPv4 it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

/** The host as a URL gives it ("[::1]" for IPv6), compared case-insensitively without brackets. */
export const normalizeHost = (hostname: string) => hostname.replace(/^\[|\]$/g, "").toLowerCase();

/**
 * Resolves the URL's host and returns the address to connect to. Every address the name has
 * must pass (a name with one private address among public ones could be steered to it).
 */
export async function resolveDeliveryAddress(url: URL, allowedHosts: ReadonlySet<string>): Promise<CheckedAddress> {
  const host = normalizeHost(url.hostname);
  const addresses: CheckedAddress[] = isIP(host)
    ? [{ address: host, family: isIP(host) as 4 | 6 }]
    : (await lookup(host, { all: true, verbatim: true }).catch(() => [])).map((found) => ({
        address: found.address,
        family: found.family as 4 | 6,
      }));
  if (addresses.length === 0) throw new DeliveryRefused(`The host ${host} could not be resolved.`);
  if (!allowedHosts.has(host)) {
    const blocked = addresses.find((candidate) => !isPublicAddress(candidate.address));
    if (blocked)
      throw new DeliveryRefused(
        `Refused: ${host} resolves to ${blocked.address}, a private or reserved address. An admin can allow this host.`,
      );
  }
  return addresses[0]!;
}
