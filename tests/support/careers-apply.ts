// Calls the careers site's apply route handler in-process, as the browser form posts to it
// (multipart: "payload" JSON and the document files), from a chosen client address.
import { randomInt } from "node:crypto";
import { POST } from "@/app/api/jobs/[slug]/applications/route";

/** The app's own origin in tests (APP_URL's default). */
export const TEST_APP_ORIGIN = "http://localhost:3000";

/**
 * A client address of its own, so each caller gets its own rate-limit counts: a /64 (the unit
 * the limiter counts an IPv6 client by) drawn from 2^32 in the documentation prefix 2001:db8::/32.
 * Rate-limit counts live in the run's one database, shared by every test file: an IPv4 pick from
 * 65,000 addresses could land on one another test had already used up, and get a 429.
 */
export function randomClientAddress(): string {
  const group = () => randomInt(0x10000).toString(16);
  return `2001:db8:${group()}:${group()}::${randomInt(1, 0x10000).toString(16)}`;
}

type CareersApplyOptions = {
  address?: string;
  origin?: string | null;
  /** The payload part as sent: an object is JSON-encoded, a string is sent as it is. */
  files?: Record<string, File | string>;
};

export async function postCareersApplication(
  slug: string,
  payload: unknown,
  { address = randomClientAddress(), origin = TEST_APP_ORIGIN, files = {} }: CareersApplyOptions = {},
): Promise<Response> {
  const form = new FormData();
  const { resume, coverLetterFile, ...answers } = (payload && typeof payload === "object" ? payload : {}) as Record<
    string,
    unknown
  >;
  form.set("payload", typeof payload === "string" ? payload : JSON.stringify(answers));
  if (resume instanceof File) form.set("resume", resume);
  if (coverLetterFile instanceof File) form.set("coverLetterFile", coverLetterFile);
  for (const [name, value] of Object.entries(files)) form.set(name, value);
  return postCareersBody(slug, form, { address, origin });
}

/** Any body, e.g. a hand-made multipart stream or a huge one. */
export function postCareersBody(
  slug: string,
  body: BodyInit,
  {
    address = randomClientAddress(),
    origin = TEST_APP_ORIGIN,
    headers = {},
  }: { address?: string; origin?: string | null; headers?: Record<string, string> } = {},
): Promise<Response> {
  const request = new Request(`${TEST_APP_ORIGIN}/api/jobs/${encodeURIComponent(slug)}/applications`, {
    method: "POST",
    body,
    headers: { "x-forwarded-for": address, ...(origin ? { origin } : {}), ...headers },
    // Needed by Node's fetch for a streamed body.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ slug }) });
}
