// Integration setup (vitest.config.ts): what Next.js provides only inside a request, for pages,
// route handlers and server actions called in-process. The request is tests/support/next-request.ts.
import { vi } from "vitest";

vi.mock("next/headers", async () => {
  const { currentHeaders } = await import("./next-request");
  return {
    headers: async () => currentHeaders(),
    // The session is read from the Cookie header; nothing reads or keeps other cookies here.
    cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
  };
});

vi.mock("next/server", async (importOriginal) => {
  const { queueAfterResponse } = await import("./next-request");
  return { ...(await importOriginal<object>()), after: queueAfterResponse };
});

// Revalidation and the data cache need Next.js's server: nothing is cached, every read goes to the
// database. Caching on a real server: tests/e2e/careers-cache.spec.ts.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  unstable_cache: <T>(load: T) => load,
}));
