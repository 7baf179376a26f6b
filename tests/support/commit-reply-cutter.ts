// A TCP relay in front of a real Postgres that can lose the server's answer to one COMMIT: the
// transaction is committed in the database, and the client sees its connection drop instead of
// the acknowledgement, as when the network or the app's host fails at that instant.
import { createServer, Socket, type AddressInfo } from "node:net";

// The server's CommandComplete message for COMMIT: 'C', length 11, "COMMIT\0".
const COMMIT_COMPLETE = Buffer.from([0x43, 0, 0, 0, 11, ...Buffer.from("COMMIT"), 0]);

export type CommitReplyCutter = {
  /** postgresql:// URL of the relay, for the same database and user as the target. */
  url: string;
  /**
   * The next connection whose client sends `marker` (a piece of SQL) has the reply to its next
   * COMMIT dropped with the connection. Resolves once that has happened.
   */
  cutNextCommitAfter(marker: string): Promise<void>;
  close(): Promise<void>;
};

export async function startCommitReplyCutter(targetUrl: string): Promise<CommitReplyCutter> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let armed: { marker: Buffer; done: () => void } | undefined;

  const server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let marked = false;
    let tail = Buffer.alloc(0);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("data", (chunk: Buffer) => {
      if (armed && !marked && chunk.includes(armed.marker)) marked = true;
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (marked && armed) {
        // Searched with the end of the previous chunk, in case the message was split.
        const window = Buffer.concat([tail, chunk]);
        tail = window.subarray(Math.max(0, window.length - COMMIT_COMPLETE.length));
        if (window.includes(COMMIT_COMPLETE)) {
          const { done } = armed;
          armed = undefined;
          closeBoth();
          done();
          return;
        }
      }
      client.write(chunk);
    });
    client.on("error", closeBoth).on("close", closeBoth);
    upstream.on("error", closeBoth).on("close", closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const relayed = new URL(targetUrl);
  relayed.hostname = "127.0.0.1";
  relayed.port = String((server.address() as AddressInfo).port);

  return {
    url: relayed.toString(),
    cutNextCommitAfter: (marker) =>
      new Promise((resolve) => {
        armed = { marker: Buffer.from(marker), done: resolve };
      }),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
