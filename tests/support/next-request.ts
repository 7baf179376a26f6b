// The request the Next.js mocks (./next-mocks.ts) answer with. Each test file says who it acts as:
// `nextRequest.cookie = sessions.admin` before calling a page or action, "" for a signed-out visitor.

export const nextRequest = {
  /** The Cookie header: a staff session cookie, or "" for none. */
  cookie: "",
  /** Any other request header the code reads (the client's address, x-trellis-path). */
  headers: new Headers(),
};

/** What `headers()` from next/headers returns for the current nextRequest. */
export function currentHeaders(): Headers {
  if (!nextRequest.cookie) return nextRequest.headers;
  const headers = new Headers(nextRequest.headers);
  if (nextRequest.cookie) headers.set("cookie", nextRequest.cookie);
  return headers;
}

/**
 * Work handed to `after()` from next/server: outside Next.js there is no response to run it after,
 * so it waits here, and a test that checks its effect runs it with runAfterResponse().
 */
const afterResponse: (() => unknown)[] = [];

export function queueAfterResponse(task: () => unknown) {
  afterResponse.push(task);
}

export async function runAfterResponse() {
  for (const task of afterResponse.splice(0)) await task();
}
