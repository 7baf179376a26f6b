import { describe, expect, it } from "vitest";
import {
  clientAddress,
  isLoopbackClient,
  normalizeAddress,
  SOCKET_ADDRESS_HEADER,
  socketAddressKnown,
} from "./client-address";

const withForwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });
const fromSocket = (socket: string, forwardedFor?: string) =>
  new Headers({ [SOCKET_ADDRESS_HEADER]: socket, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientAddress", () => {
  it("with no trusted proxy and no socket-address hook, cannot tell the address (never the client's own say)", () => {
    expect(socketAddressKnown()).toBe(false);
    expect(clientAddress(withForwardedFor("203.0.113.7"), 0)).toBeNull();
    // A client that sends the hook's header itself, to a server without the hook, is not believed either.
    expect(clientAddress(fromSocket("203.0.113.7"), 0)).toBeNull();
    expect(isLoopbackClient(fromSocket("127.0.0.1"))).toBe(false);
  });

  it("with no trusted proxy, takes the socket's peer the hook wrote and ignores X-Forwarded-For", async () => {
    const hook = await import("./socket-address-hook.js");
    expect(hook.SOCKET_ADDRESS_HEADER).toBe(SOCKET_ADDRESS_HEADER);
    expect(socketAddressKnown()).toBe(true);
    expect(clientAddress(fromSocket("::ffff:203.0.113.7", "198.51.100.1"), 0)).toBe("203.0.113.7");
    expect(clientAddress(fromSocket("203.0.113.7", "198.51.100.1, 198.51.100.2"), 0)).toBe("203.0.113.7");
    expect(clientAddress(withForwardedFor("203.0.113.7"), 0)).toBeNull();
  });

  it("behind trusted proxies, ignores what the client wrote further left", () => {
    const forged = withForwardedFor("198.51.100.1, 198.51.100.2, 203.0.113.7");
    expect(clientAddress(forged, 1)).toBe("203.0.113.7");
    expect(clientAddress(withForwardedFor("198.51.100.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than proxies: the leftmost is all there is.
    expect(clientAddress(withForwardedFor("203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(clientAddress(withForwardedFor(), 1)).toBeNull();
    expect(clientAddress(withForwardedFor(" , "), 1)).toBeNull();
  });

  it("refuses what is not an address", () => {
    expect(clientAddress(withForwardedFor("unknown"), 1)).toBeNull();
    expect(clientAddress(withForwardedFor("<script>"), 1)).toBeNull();
    expect(clientAddress(fromSocket("<script>"), 0)).toBeNull();
  });
});

describe("isLoopbackClient", () => {
  it("is true only when the socket's peer and every forwarded address are this machine", async () => {
    await import("./socket-address-hook.js");
    for (const socket of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.0.0.2", "[::1]:51234"])
      expect(isLoopbackClient(fromSocket(socket)), socket).toBe(true);
    expect(isLoopbackClient(fromSocket("127.0.0.1", "127.0.0.1"))).toBe(true);
    for (const socket of ["192.168.1.20", "10.0.0.1", "::2", "::", "fe80::1", "0.0.0.0", ""])
      expect(isLoopbackClient(fromSocket(socket)), socket).toBe(false);
    // A proxy on this machine relaying someone else.
    expect(isLoopbackClient(fromSocket("127.0.0.1", "203.0.113.7"))).toBe(false);
    expect(isLoopbackClient(withForwardedFor("127.0.0.1"))).toBe(false);
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
