// Where `npm start` / `npm run dev` listen: local mode on this machine only (its development
// mailbox shows every sign-in link), unless TRELLIS_LISTEN_PUBLIC=1; a deployment where HOSTNAME
// says. scripts/check-newcomer-start.sh checks the real `npm start` the same way.
import net from "node:net";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { isLoopbackHost, planListening } from "../../scripts/listen-hostname";

describe("planListening", () => {
  it("keeps local mode on loopback, whatever HOSTNAME says, unless TRELLIS_LISTEN_PUBLIC=1", () => {
    expect(planListening({ local: true, env: {} })).toMatchObject({ hostname: "127.0.0.1", probeHost: "127.0.0.1" });
    expect(planListening({ local: true, env: { HOSTNAME: "0.0.0.0" } })).toMatchObject({
      hostname: "127.0.0.1",
      note: expect.stringMatching(/HOSTNAME=0\.0\.0\.0 is ignored.*TRELLIS_LISTEN_PUBLIC=1/),
    });
    expect(planListening({ local: true, env: { HOSTNAME: "my-laptop" } }).hostname).toBe("127.0.0.1");
    expect(planListening({ local: true, env: { HOSTNAME: "127.0.0.1" } }).hostname).toBe("127.0.0.1");
    expect(planListening({ local: true, env: { HOSTNAME: "::1" } })).toMatchObject({
      hostname: "::1",
      probeHost: "::1",
    });
    expect(planListening({ local: true, env: { HOSTNAME: "localhost", TRELLIS_LISTEN_PUBLIC: "0" } }).hostname).toBe(
      "localhost",
    );

    expect(planListening({ local: true, env: { TRELLIS_LISTEN_PUBLIC: "1" } })).toMatchObject({
      hostname: undefined,
      probeHost: "127.0.0.1",
    });
    expect(planListening({ local: true, env: { TRELLIS_LISTEN_PUBLIC: "1", HOSTNAME: "192.0.2.10" } })).toMatchObject({
      hostname: "192.0.2.10",
      probeHost: "192.0.2.10",
    });
    expect(() => planListening({ local: true, env: { TRELLIS_LISTEN_PUBLIC: "yes" } })).toThrow(
      /TRELLIS_LISTEN_PUBLIC must be "0" or "1"/,
    );
  });

  it("lets a deployment listen where HOSTNAME says, by default everywhere", () => {
    expect(planListening({ local: false, env: {} })).toMatchObject({ hostname: undefined, probeHost: "127.0.0.1" });
    expect(planListening({ local: false, env: { HOSTNAME: "127.0.0.1" } }).hostname).toBe("127.0.0.1");
    expect(planListening({ local: false, env: { HOSTNAME: "10.1.2.3" } })).toMatchObject({
      hostname: "10.1.2.3",
      probeHost: "10.1.2.3",
    });
    expect(planListening({ local: false, env: { HOSTNAME: "[::]" } }).probeHost).toBe("127.0.0.1");
  });

  it("knows loopback names", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST"])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.0.2.1", "localhost.example.com", "128.0.0.1"])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  const networkAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && !entry.internal && entry.family === "IPv4")?.address;

  it.skipIf(!networkAddress)(
    "a server listening as local mode plans is out of reach at this machine's network address",
    async () => {
      const reachable = async (hostname: string | undefined, via: string) => {
        const server = net.createServer((socket) => socket.end());
        await new Promise<void>((resolve) => server.listen(0, hostname, resolve));
        const { port } = server.address() as net.AddressInfo;
        try {
          return await new Promise<boolean>((resolve) => {
            const socket = net.connect({ port, host: via });
            socket.once("connect", () => {
              socket.destroy();
              resolve(true);
            });
            socket.once("error", () => resolve(false));
          });
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      };
      const local = planListening({ local: true, env: { HOSTNAME: networkAddress } });
      expect(await reachable(local.hostname, networkAddress!)).toBe(false);
      expect(await reachable(local.hostname, local.probeHost)).toBe(true);
      // The same check sees a server that does listen everywhere, as a deployment's does.
      expect(await reachable(planListening({ local: false, env: {} }).hostname, networkAddress!)).toBe(true);
    },
  );
});
