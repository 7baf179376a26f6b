import http from "node:http";

/**
 * A keep-alive agent that never sends on a connection the server is closing. A server closes a
 * connection idle for its keep-alive timeout (Node's 5 s, announced as `Keep-Alive: timeout=5`),
 * and a request sent on it at that moment is lost ("socket hang up"). Node's agent closes an
 * idle socket 1 s before the announced timeout, but (Node 20) only when it has a timeout of its
 * own: without one it ignores the announcement and keeps the socket until the server closes it.
 */
export function keepAliveAgent(options: { maxSockets: number; timeoutMs: number }): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: options.maxSockets, timeout: options.timeoutMs });
}
