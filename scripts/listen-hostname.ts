// Where `npm start` and `npm run dev` listen (docs/decisions/0027-local-mode.md). Local mode
// (the embedded Postgres, or `npm run dev`) shows every sign-in link at /dev/mailbox and has an
// administrator anyone can name: it listens on this machine only, unless TRELLIS_LISTEN_PUBLIC=1
// says otherwise. A deployment listens where HOSTNAME says, by default on every interface.
import { isIPv4 } from "node:net";

export type ListenPlan = {
  /** For `next --hostname`; undefined: Next.js's default, every interface. */
  hostname: string | undefined;
  /** Where this machine reaches the server (the readiness check). */
  probeHost: string;
  /** Said to the person starting the app. */
  note: string;
};

const EVERY_INTERFACE = new Set(["0.0.0.0", "::", "[::]"]);

export function planListening({ local, env }: { local: boolean; env: Record<string, string | undefined> }): ListenPlan {
  const exposeFlag = env.TRELLIS_LISTEN_PUBLIC?.trim() || "0";
  if (exposeFlag !== "0" && exposeFlag !== "1")
    throw new Error(`TRELLIS_LISTEN_PUBLIC must be "0" or "1", not "${exposeFlag}".`);
  const requested = env.HOSTNAME?.trim() || undefined;
  if (local && exposeFlag === "0") {
    if (requested && isLoopbackHost(requested))
      return {
        hostname: requested,
        probeHost: unbracketed(requested),
        note: `Listening on ${requested} only (this machine).`,
      };
    const ignored = requested ? ` HOSTNAME=${requested} is ignored in local mode:` : "";
    return {
      hostname: "127.0.0.1",
      probeHost: "127.0.0.1",
      note: `Listening on 127.0.0.1 only (this machine): local mode shows sign-in links at /dev/mailbox.${ignored} TRELLIS_LISTEN_PUBLIC=1 lets other machines in.`,
    };
  }
  const probeHost = !requested || EVERY_INTERFACE.has(requested) ? "127.0.0.1" : unbracketed(requested);
  return { hostname: requested, probeHost, note: `Listening on ${requested ?? "every interface"}.` };
}

const unbracketed = (host: string) => host.replace(/^\[(.*)\]$/, "$1");

export function isLoopbackHost(host: string): boolean {
  const bare = unbracketed(host).toLowerCase();
  return bare === "localhost" || bare === "::1" || (isIPv4(bare) && bare.startsWith("127."));
}
