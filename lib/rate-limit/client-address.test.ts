import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "./client-address";

const withForwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("takes the address next start put in X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(withForwardedFor("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(withForwardedFor(), 0)).toBeNull();
    expect(clientAddress(withForwardedFor(" , "), 0)).toBeNull();
  });

  it("behind trusted proxies, ignores what the client wrote further left", () => {
    const forged = withForwardedFor("198.51.100.1, 198.51.100.2, 203.0.113.7");
    expect(clientAddress(forged, 1)).toBe("203.0.113.7");
    expect(clientAddress(withForwardedFor("198.51.100.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than proxies: the leftmost is all there is.
    expect(clientAddress(withForwardedFor("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("refuses what is not an address", () => {
    expect(clientAddress(withForwardedFor("unknown"), 1)).toBeNull();
    expect(clientAddress(withForwardedFor("<script>"), 0)).toBeNull();
  });
});

describe("normalizeAddress", () => {
  it("spells one client one way", () => {
    expect(normalizeAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normalizeAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
  });

  it("groups an IPv6 /64, which one subscriber usually holds whole", () => {
    expect(normalizeAddress("2001:DB8:0:0:1::1")).toBe(normalizeAddress("2001:db8::ffff:1"));
    expect(normalizeAddress("2001:db8:0:1::1")).not.toBe(normalizeAddress("2001:db8:0:2::1"));
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});
