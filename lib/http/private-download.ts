import "server-only";
import { contentDisposition } from "./content-disposition";
import { errorResponse } from "./error-response";

/** Every staff download's headers: no cache stores it, no browser reads it as another type. */
export const DOWNLOAD_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

/**
 * A download route's answer: the file `respond` makes, or the safe JSON error of what it threw
 * (logged under `context`). Both carry `headers`, so an error is no more cacheable than the file.
 */
export async function privateDownload(
  context: string,
  respond: () => Promise<Response>,
  headers: Record<string, string> = DOWNLOAD_HEADERS,
): Promise<Response> {
  let response: Response;
  try {
    response = await respond();
  } catch (error) {
    response = errorResponse(error, context);
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** A CSV file to save, as the staff exports send theirs. */
export const csvAttachment = (body: BodyInit, fileName: string) =>
  new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("attachment", fileName),
    },
  });
