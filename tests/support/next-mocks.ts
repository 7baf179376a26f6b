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

// next-intl's server functions need Next.js's request scope; pages called in-process get the
// same translations from the messages folder (i18n/read-messages.ts), for the locale they pass.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const { readMessages } = await import("@/i18n/read-messages");
  const { isLocale, DEFAULT_LOCALE } = await import("@/i18n/locales");
  return {
    setRequestLocale: () => undefined,
    getTranslations: async (options: { locale?: string; namespace?: string } | string = {}) => {
      const { locale: requested, namespace } = typeof options === "string" ? { namespace: options } : options;
      const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
      return createTranslator({ locale, messages: await readMessages(locale), namespace, timeZone: "UTC" });
    },
  };
});
